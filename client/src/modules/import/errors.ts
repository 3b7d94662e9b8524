import { ErrorCode } from '@ntm/shared';
import { errorMessage, isApiError } from '@/api';
import { message, type Message } from '@/i18n/message';

/**
 * Why a whole file was refused by the dry run, in words that say what to do about the file
 * (the server's own words name its input fields: file, sheet, mapping).
 */
export function previewErrorMessage(error: unknown): Message {
  const failed = () => message('import.check.failed', { reason: errorMessage(error) });
  if (!isApiError(error) || error.code !== ErrorCode.BAD_USER_INPUT) return failed();
  const issue = error.issues[0];
  const field = issue?.field ?? error.field ?? '';
  const name = field.replace(/^input\./, '');
  const reason = String(issue?.params?.reason ?? '');
  if (name === 'file') {
    if (issue?.rule === 'required') return message('import.errors.noRows');
    if (issue?.rule === 'outOfRange') {
      return message('import.errors.tooManyRows', { max: issue.params?.max ?? '' });
    }
    return message('import.errors.fileFormat');
  }
  if (name === 'sheet') return message('import.errors.sheet');
  if (name === 'mapping') {
    // "no column holds Tên, Mã": the fields' Vietnamese headers.
    const missing = /no column holds (.+)$/.exec(reason)?.[1];
    return missing ? message('import.errors.missingColumns', { fields: missing }) : message('import.errors.mapping');
  }
  if (name.startsWith('mapping.')) return message('import.errors.mapping');
  return failed();
}
