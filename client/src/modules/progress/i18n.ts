import { mergeModuleMessages } from '@/i18n';
// Levels, steps and statuses are named as on the targets pages.
import '@/modules/targets/i18n';
import { en, vi } from './messages';

mergeModuleMessages({ vi, en });
