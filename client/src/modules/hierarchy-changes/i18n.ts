import { mergeModuleMessages } from '@/i18n';
// Target levels (an effect names "ADVANCED 2025") are named as on the targets pages.
import '@/modules/targets/i18n';
import { en, vi } from './messages';

mergeModuleMessages({ vi, en });
