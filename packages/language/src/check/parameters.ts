import { PARAMETER_NAMES, type NetworkAst, type ParameterValueAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { didYouMean, quote } from './hints.js';
import { ENCODINGS, isParameterName, PARAMETER_RULES } from './parameter-rules.js';

/**
 * The parameters of one `network { ... }` block of the declaration named `owner`: unknown names (FSA210),
 * a name set twice (FSA212) and values of the wrong kind or out of range (FSA209). O(parameters).
 */
export function checkNetwork(network: NetworkAst, owner: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstLine = new Map<string, number>();
  const where = quote(owner);
  for (const parameter of network.parameters) {
    const name = parameter.name;
    const earlier = firstLine.get(name);
    if (earlier !== undefined) {
      diagnostics.push(
        diagnostic(
          'FSA212',
          parameter.nameSpan,
          `parameter ${quote(name)} is set more than once in ${where}`,
          `keep one setting (the first is on line ${earlier})`,
        ),
      );
      continue;
    }
    firstLine.set(name, parameter.nameSpan.start.line);
    if (!isParameterName(name)) {
      diagnostics.push(
        diagnostic(
          'FSA210',
          parameter.nameSpan,
          `unknown parameter ${quote(name)} in ${where}`,
          didYouMean(name, PARAMETER_NAMES) ?? `known parameters: ${PARAMETER_NAMES.join(', ')}`,
        ),
      );
      continue;
    }
    const rule = PARAMETER_RULES[name];
    if (rule.accept(parameter.value) !== undefined) continue;
    const guess =
      parameter.value.kind === 'word' && name === 'encoding' ? didYouMean(parameter.value.value, ENCODINGS) : undefined;
    const expectation = `${quote(name)} must be ${rule.expected}`;
    diagnostics.push(
      diagnostic(
        'FSA209',
        parameter.value.span,
        `bad value ${quote(valueText(parameter.value))} for parameter ${quote(name)} in ${where}`,
        guess === undefined ? expectation : `${guess} ${expectation}`,
      ),
    );
  }
  return diagnostics;
}

function valueText(value: ParameterValueAst): string {
  return value.kind === 'number' ? value.text : value.value;
}
