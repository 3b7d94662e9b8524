import { mergeModuleMessages } from '@/i18n';
import { en, vi } from './messages';

// The users page's own texts, loaded with it.
mergeModuleMessages({ vi, en });
