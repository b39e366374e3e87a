/**
 * The scopes themes colour in grammar/fsa.tmLanguage.json, and the tokens of each sample that must carry
 * them. Kept apart from textmate.test.ts: this table changes with the samples, the test with the grammar.
 */

/**
 * [line fragment, token text, expected scope, occurrence of the token on that line].
 * Quoted names are checked on their inner text token (`SYN-ACK` inside `"SYN-ACK"`).
 */
export type Expectation = readonly [fragment: string, token: string, scope: string, nth?: number];

export const COMMENT = 'comment.line.double-slash.fsa';
export const DECL = 'storage.type.fsa';
export const DECL_NAME = 'entity.name.type.fsa';
export const KEYWORD = 'keyword.other.fsa';
export const STATE = 'variable.other.state.fsa';
export const SYMBOL = 'constant.other.symbol.fsa';
export const ARROW = 'keyword.operator.arrow.fsa';
export const CONSTANT = 'constant.language.fsa';
export const STRING = 'string.quoted.double.fsa';
export const ITEM = 'variable.other.item.fsa';
export const NUMBER = 'constant.numeric.fsa';
export const PARAMETER = 'variable.parameter.fsa';
export const OUTPUT = 'constant.other.output.fsa';
export const OUTPUT_SLASH = 'keyword.operator.output.fsa';

export const OPERATOR = 'keyword.operator.expression.fsa';
export const REPETITION = 'keyword.operator.repetition.fsa';
export const FUNCTION = 'support.function.fsa';

/** What each sample must show: one list per file in samples/. */
export const SAMPLE_EXPECTATIONS: Record<string, readonly Expectation[]> = {
  'vending-machine.fsa': [
    ['// A vending machine', '//', COMMENT],
    ['mealy Vending', 'mealy', DECL],
    ['mealy Vending', 'Vending', DECL_NAME],
    ['outputs wait, drink', 'outputs', KEYWORD],
    ['outputs wait, drink', 'drink', OUTPUT],
    ['empty -> one on coin / wait', 'coin', SYMBOL],
    ['empty -> one on coin / wait', '/', OUTPUT_SLASH],
    ['empty -> one on coin / wait', 'wait', OUTPUT],
    ['paid -> paid on coin / coins', ' a third coin is returned at once', COMMENT],
  ],
  'traffic-light-outputs.fsa': [
    ['moore TrafficSignal', 'moore', DECL],
    ['outputs stop, get_ready', 'get_ready', OUTPUT],
    ['green -> amber on tick, walk', 'walk', SYMBOL],
    ['output red_amber get_ready', 'output', KEYWORD],
    ['output red_amber get_ready', 'red_amber', STATE],
    ['output red_amber get_ready', 'get_ready', OUTPUT],
  ],
  'intersection.fsa': [
    ['dfa EvenAEndingInB = EvenA & EndsWithB', 'dfa', DECL],
    ['dfa EvenAEndingInB = EvenA & EndsWithB', 'EvenAEndingInB', DECL_NAME],
    ['dfa EvenAEndingInB = EvenA & EndsWithB', 'EvenA', DECL_NAME],
    ['dfa EvenAEndingInB = EvenA & EndsWithB', '&', OPERATOR],
    ['nfa StartsWithB = reverse(EndsWithB)', 'reverse', FUNCTION],
    ['regex EndsWithB = (a | b)* b', 'regex', DECL],
    ['regex EndsWithB = (a | b)* b', 'a', SYMBOL],
    ['test Both on EvenAEndingInB', 'test', DECL],
    ['test Both on EvenAEndingInB', 'Both', DECL_NAME],
    ['test Both on EvenAEndingInB', 'on', KEYWORD],
    ['test Both on EvenAEndingInB', 'EvenAEndingInB', DECL_NAME],
    ['accept "b", "a a b", "a b a b"', 'accept', KEYWORD],
    ['accept "b", "a a b", "a b a b"', 'b', STRING],
  ],
  'regex.fsa': [
    ['regex EndsWithAbb = (a | b)* abb', 'regex', DECL],
    ['regex EndsWithAbb = (a | b)* abb', 'EndsWithAbb', DECL_NAME],
    ['regex EndsWithAbb = (a | b)* abb', '|', OPERATOR],
    ['regex EndsWithAbb = (a | b)* abb', 'abb', SYMBOL],
    ['regex SparseBits over 0, 1', 'over', KEYWORD],
    ['regex SparseBits over 0, 1', '{', REPETITION],
    ['regex SparseBits over 0, 1', '2', NUMBER],
    ['regex Session = coin+', 'coin', SYMBOL],
    ['reject "", "a b", "a b b a"', 'reject', KEYWORD],
  ],
  'contains-101.fsa': [
    ['// Binary words that contain 101', '//', COMMENT],
    ['dfa Contains101', 'dfa', DECL],
    ['dfa Contains101', 'Contains101', DECL_NAME],
    ['alphabet 0, 1', '0', SYMBOL],
    ['alphabet 0, 1', '1', SYMBOL],
    ['start none', 'start', KEYWORD],
    ['start none', 'none', STATE],
    ['accept found', 'found', STATE],
    ['saw10 -> found on 1', 'saw10', STATE],
    ['saw10 -> found on 1', '->', ARROW],
    ['saw10 -> found on 1', 'found', STATE],
    ['saw10 -> found on 1', 'on', KEYWORD],
    ['saw10 -> found on 1', '1', SYMBOL],
    ['none -> none on *', '*', CONSTANT],
    ['found -> found on *', ' once seen, always accepted', COMMENT],
  ],
  'ends-with-abb.fsa': [
    ['nfa EndsWithAbb', 'nfa', DECL],
    ['nfa EndsWithAbb', 'EndsWithAbb', DECL_NAME],
    ['start 0', '0', STATE],
    ['accept 10', '10', STATE],
    ['0 -> 1 on epsilon', '0', STATE],
    ['0 -> 1 on epsilon', '1', STATE],
    ['0 -> 1 on epsilon', 'epsilon', CONSTANT],
    ['1 -> 2 on epsilon', 'epsilon', CONSTANT],
    ['2 -> 3 on a', 'a', SYMBOL],
    ['9 -> 10 on b', '10', STATE],
    ['9 -> 10 on b', 'b', SYMBOL],
    ['// abb', '//', COMMENT],
  ],
  'even-a-or-odd-b.fsa': [
    ['nfa EvenAOrOddB', 'EvenAOrOddB', DECL_NAME],
    ['start evenA, evenB', 'evenA', STATE],
    ['start evenA, evenB', 'evenB', STATE],
    ['accept evenA, oddB', 'oddB', STATE],
    ['evenB -> oddB on b', 'b', SYMBOL],
    ['oddA -> oddA on *', '*', CONSTANT],
  ],
  'even-parity.fsa': [
    ['// Even parity over bits', '//', COMMENT],
    ['// Even parity over bits', ' Even parity over bits.', COMMENT],
    ['dfa EvenParity', 'dfa', DECL],
    ['dfa EvenParity', 'EvenParity', DECL_NAME],
    ['alphabet 0, 1', 'alphabet', KEYWORD],
    ['alphabet 0, 1', '1', SYMBOL],
    ['states even, odd', 'states', KEYWORD],
    ['states even, odd', 'even', STATE],
    ['states even, odd', 'odd', STATE],
    ['accept even', 'accept', KEYWORD],
    ['even -> odd on 1', 'even', STATE],
    ['even -> odd on 1', 'odd', STATE],
    ['even -> odd on 1', '1', SYMBOL],
  ],
  'family-tree.fsa': [
    ['// The family tree', '//', COMMENT],
    ['dfa FamilyTree', 'FamilyTree', DECL_NAME],
    ['alphabet wife', 'wife', SYMBOL],
    ['alphabet wife', 'sister', SYMBOL],
    ['states Homer', 'Lisa', STATE],
    ['start Homer', 'Homer', STATE],
    ['accept Homer', 'Bart', STATE],
    ['Homer -> Marge on wife', 'Homer', STATE],
    ['Homer -> Marge on wife', 'Marge', STATE],
    ['Homer -> Marge on wife', 'wife', SYMBOL],
    ['Lisa -> Bart on brother', 'brother', SYMBOL],
    ['// the children', '//', COMMENT],
  ],
  'multiples-of-3.fsa': [
    ['dfa MultiplesOf3', 'MultiplesOf3', DECL_NAME],
    ['states r0, r1, r2', 'r2', STATE],
    ['states r0, r1, r2', ' remainder 0, 1 and 2', COMMENT],
    ['r1 -> r0 on 1', 'r1', STATE],
    ['r1 -> r0 on 1', 'r0', STATE],
    ['r1 -> r0 on 1', '1', SYMBOL],
    ['r1 -> r0 on 1', ' 2*1 + 1 = 3 = 0 (mod 3)', COMMENT],
  ],
  'sequences.fsa': [
    ['sequence Melody', 'sequence', DECL],
    ['sequence Melody', 'Melody', DECL_NAME],
    ['items A, B, A, C', 'items', KEYWORD],
    ['items A, B, A, C', 'A', ITEM, 0],
    ['items A, B, A, C', 'A', ITEM, 1],
    ['items A, B, A, C', 'C', ITEM],
    ['loop', 'loop', KEYWORD],
    ['sequence Counting', 'Counting', DECL_NAME],
    ['items 1, 2(2)', '1', ITEM],
    ['items 1, 2(2)', '2', ITEM, 0],
    ['items 1, 2(2)', '2', NUMBER, 1],
    ['items 1, 2(2)', '4', NUMBER, 1],
    ['network {', 'network', KEYWORD],
    ['neurons = 2000', 'neurons', PARAMETER],
    ['neurons = 2000', '2000', NUMBER],
  ],
  'signed-integer.fsa': [
    ['nfa "Signed integer"', 'nfa', DECL],
    ['nfa "Signed integer"', 'Signed integer', DECL_NAME],
    ['nfa "Signed integer"', 'Signed integer', STRING],
    ['alphabet "+"', '+', SYMBOL],
    ['alphabet "+"', '-', STRING],
    ['alphabet "+"', '9', SYMBOL],
    ['sign -> first on "+"', '-', SYMBOL],
    ['sign -> first on epsilon', 'epsilon', CONSTANT],
    ['more -> more on 0', 'more', STATE, 1],
  ],
  'tcp-connection.fsa': [
    ['// A TCP-like connection', '//', COMMENT],
    ['dfa TcpConnection', 'TcpConnection', DECL_NAME],
    ['alphabet "passive open"', 'passive open', SYMBOL],
    ['alphabet "passive open"', 'passive open', STRING],
    ['alphabet "passive open"', 'SYN-ACK', SYMBOL],
    ['alphabet "passive open"', 'close', SYMBOL],
    ['states CLOSED', 'FIN_WAIT_1', STATE],
    ['accept CLOSED, ESTABLISHED', 'ESTABLISHED', STATE],
    ['SYN_SENT -> ESTABLISHED on "SYN-ACK"', 'SYN_SENT', STATE],
    ['SYN_SENT -> ESTABLISHED on "SYN-ACK"', 'ESTABLISHED', STATE],
    ['SYN_SENT -> ESTABLISHED on "SYN-ACK"', 'SYN-ACK', SYMBOL],
    ['SYN_SENT -> ESTABLISHED on "SYN-ACK"', '"', SYMBOL, 1],
    ['SYN_SENT -> ESTABLISHED on "SYN-ACK"', '//', COMMENT],
    ['SYN_SENT -> CLOSED on close, timeout', 'timeout', SYMBOL],
    ['CLOSED -> LISTEN on "passive open"', 'passive open', SYMBOL],
  ],
  'third-from-end.fsa': [
    ['nfa ThirdFromEnd', 'nfa', DECL],
    ['q0 -> q0 on 0, 1', '0', SYMBOL],
    ['q0 -> q0 on 0, 1', '1', SYMBOL],
    ['q0 -> q1 on 1', 'q1', STATE],
    ['q0 -> q1 on 1', ' guess: this 1 is third from the end', COMMENT],
  ],
  'traffic-light.fsa': [
    ['dfa TrafficLight', 'TrafficLight', DECL_NAME],
    ['alphabet tick, override', 'override', SYMBOL],
    ['red_amber -> green on tick', 'red_amber', STATE],
    ['red_amber -> green on tick', 'tick', SYMBOL],
    ['green -> red on *', '*', CONSTANT],
    ['network {', 'network', KEYWORD],
    ['neurons = 512', 'neurons', PARAMETER],
    ['neurons = 512', '512', NUMBER],
    ['beta = 8', 'beta', PARAMETER],
    ['auto = -1', '-1', NUMBER],
    ['eta = 1', 'eta', PARAMETER],
    ['encoding = bipolar', 'encoding', PARAMETER],
    ['encoding = bipolar', 'bipolar', 'support.constant.fsa'],
  ],
  'turnstile.fsa': [
    ['dfa Turnstile', 'Turnstile', DECL_NAME],
    ['alphabet coin, push', 'coin', SYMBOL],
    ['alphabet coin, push', 'push', SYMBOL],
    ['locked -> unlocked on coin', 'locked', STATE],
    ['locked -> unlocked on coin', 'unlocked', STATE],
    ['locked -> unlocked on coin', 'coin', SYMBOL],
  ],
};
