export interface Logger {
  info(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export function createLogger(level: 'silent' | 'error' | 'info'): Logger {
  return {
    info: (message, ...details) => {
      if (level === 'info') console.log(`[ntm] ${message}`, ...details);
    },
    error: (message, ...details) => {
      if (level !== 'silent') console.error(`[ntm] ${message}`, ...details);
    },
  };
}
