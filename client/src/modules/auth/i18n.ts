import { mergeModuleMessages } from '@/i18n';
import { en, vi } from './messages';

// The texts of setting a password, loaded with the first page that sets one.
mergeModuleMessages({ vi, en });
