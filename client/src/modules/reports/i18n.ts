import { mergeModuleMessages } from '@/i18n';
// Indicator units and figures are named as on the indicators page.
import '@/modules/indicators/i18n';
import { en, vi } from './messages';

mergeModuleMessages({ vi, en });
