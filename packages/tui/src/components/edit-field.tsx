import { Box, Text } from 'ink';
import type { WordParse } from '../session/word.js';
import { textWidth } from '../text-fit.js';

export interface EditFieldProps {
  readonly text: string;
  /** Caret position, in characters. */
  readonly caret: number;
  readonly error: Extract<WordParse, { ok: false }> | null;
  readonly width: number;
}

const PROMPT = 'word> ';

/**
 * A one-line text field with a caret (an inverse cell), scrolled so the caret stays visible, and
 * below it the first problem with the word (the bad symbol and its column), or how to finish.
 */
export function EditField({ text, caret, error, width }: EditFieldProps) {
  const chars = Array.from(text);
  const room = Math.max(4, width - textWidth(PROMPT) - 1);
  const start = Math.max(0, caret - room + 1);
  const before = chars.slice(start, caret).join('');
  const under = chars[caret] ?? ' ';
  const after = chars.slice(caret + 1, start + room).join('');
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text bold color="yellow">
          {PROMPT}
        </Text>
        {before}
        <Text inverse>{under}</Text>
        {after}
      </Text>
      {error ? (
        <Text wrap="truncate" color="red">
          {`✗ ${error.message}`}
        </Text>
      ) : (
        <Text wrap="truncate" dimColor>
          Enter accepts the word, Esc cancels
        </Text>
      )}
    </Box>
  );
}
