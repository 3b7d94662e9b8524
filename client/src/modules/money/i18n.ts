import { mergeModuleMessages } from '@/i18n';
import { en, vi } from './messages';

mergeModuleMessages({ vi, en });
