import type { CstNode, ICstVisitor, IToken } from 'chevrotain';

export interface FileCstNode extends CstNode {
  name: 'file';
  children: FileCstChildren;
}

export type FileCstChildren = {
  declaration?: DeclarationCstNode[];
};

export interface DeclarationCstNode extends CstNode {
  name: 'declaration';
  children: DeclarationCstChildren;
}

export type DeclarationCstChildren = {
  automaton?: AutomatonCstNode[];
  sequence?: SequenceCstNode[];
  regex?: RegexCstNode[];
  testBlock?: TestBlockCstNode[];
};

export interface RegexCstNode extends CstNode {
  name: 'regex';
  children: RegexCstChildren;
}

export type RegexCstChildren = {
  Regex: IToken[];
  name: NameCstNode[];
  Over?: IToken[];
  nameList?: NameListCstNode[];
  Equals: IToken[];
  expression: ExpressionCstNode[];
};

export interface ExpressionCstNode extends CstNode {
  name: 'expression';
  children: ExpressionCstChildren;
}

export type ExpressionCstChildren = {
  boolTerm: BoolTermCstNode[];
  Pipe?: IToken[];
};

export interface BoolTermCstNode extends CstNode {
  name: 'boolTerm';
  children: BoolTermCstChildren;
}

export type BoolTermCstChildren = {
  concatenation: ConcatenationCstNode[];
  Amp?: IToken[];
  Minus?: IToken[];
};

export interface ConcatenationCstNode extends CstNode {
  name: 'concatenation';
  children: ConcatenationCstChildren;
}

export type ConcatenationCstChildren = {
  prefixed: PrefixedCstNode[];
};

export interface PrefixedCstNode extends CstNode {
  name: 'prefixed';
  children: PrefixedCstChildren;
}

export type PrefixedCstChildren = {
  Bang?: IToken[];
  postfixed: PostfixedCstNode[];
};

export interface PostfixedCstNode extends CstNode {
  name: 'postfixed';
  children: PostfixedCstChildren;
}

export type PostfixedCstChildren = {
  atom: AtomCstNode[];
  postfix?: PostfixCstNode[];
};

export interface PostfixCstNode extends CstNode {
  name: 'postfix';
  children: PostfixCstChildren;
}

export type PostfixCstChildren = {
  Star?: IToken[];
  Plus?: IToken[];
  Question?: IToken[];
  bounds?: BoundsCstNode[];
};

export interface BoundsCstNode extends CstNode {
  name: 'bounds';
  children: BoundsCstChildren;
}

export type BoundsCstChildren = {
  LCurly: IToken[];
  min: IToken[];
  Comma?: IToken[];
  max?: IToken[];
  RCurly: IToken[];
};

export interface AtomCstNode extends CstNode {
  name: 'atom';
  children: AtomCstChildren;
}

export type AtomCstChildren = {
  operation?: OperationCstNode[];
  name?: NameCstNode[];
  Dot?: IToken[];
  At?: IToken[];
  reference?: NameCstNode[];
  LParen?: IToken[];
  expression?: ExpressionCstNode[];
  RParen?: IToken[];
};

export interface OperationCstNode extends CstNode {
  name: 'operation';
  children: OperationCstChildren;
}

export type OperationCstChildren = {
  operator: IToken[];
  LParen: IToken[];
  expression: ExpressionCstNode[];
  RParen: IToken[];
};

export interface TestBlockCstNode extends CstNode {
  name: 'testBlock';
  children: TestBlockCstChildren;
}

export type TestBlockCstChildren = {
  Test: IToken[];
  name: NameCstNode[];
  On: IToken[];
  target: NameCstNode[];
  LCurly: IToken[];
  testRow?: TestRowCstNode[];
  RCurly: IToken[];
};

export interface TestRowCstNode extends CstNode {
  name: 'testRow';
  children: TestRowCstChildren;
}

export type TestRowCstChildren = {
  Accept?: IToken[];
  Reject?: IToken[];
  word?: IToken[];
  Comma?: IToken[];
  input?: IToken[];
  Arrow?: IToken[];
  output?: IToken[];
};

export interface AutomatonCstNode extends CstNode {
  name: 'automaton';
  children: AutomatonCstChildren;
}

export type AutomatonCstChildren = {
  Dfa?: IToken[];
  Nfa?: IToken[];
  Mealy?: IToken[];
  Moore?: IToken[];
  name: NameCstNode[];
  LCurly?: IToken[];
  automatonMember?: AutomatonMemberCstNode[];
  RCurly?: IToken[];
  derived?: DerivedCstNode[];
};

export interface DerivedCstNode extends CstNode {
  name: 'derived';
  children: DerivedCstChildren;
}

export type DerivedCstChildren = {
  Equals: IToken[];
  expression: ExpressionCstNode[];
};

export interface AutomatonMemberCstNode extends CstNode {
  name: 'automatonMember';
  children: AutomatonMemberCstChildren;
}

export type AutomatonMemberCstChildren = {
  alphabet?: AlphabetCstNode[];
  states?: StatesCstNode[];
  start?: StartCstNode[];
  accept?: AcceptCstNode[];
  network?: NetworkCstNode[];
  transition?: TransitionCstNode[];
  outputs?: OutputsCstNode[];
  stateOutput?: StateOutputCstNode[];
};

export interface OutputsCstNode extends CstNode {
  name: 'outputs';
  children: OutputsCstChildren;
}

export type OutputsCstChildren = {
  Outputs: IToken[];
  nameList: NameListCstNode[];
};

export interface StateOutputCstNode extends CstNode {
  name: 'stateOutput';
  children: StateOutputCstChildren;
}

export type StateOutputCstChildren = {
  Output: IToken[];
  state: NameCstNode[];
  output: NameCstNode[];
};

export interface TransitionOutputCstNode extends CstNode {
  name: 'transitionOutput';
  children: TransitionOutputCstChildren;
}

export type TransitionOutputCstChildren = {
  Slash: IToken[];
  name: NameCstNode[];
};

export interface AlphabetCstNode extends CstNode {
  name: 'alphabet';
  children: AlphabetCstChildren;
}

export type AlphabetCstChildren = {
  Alphabet: IToken[];
  nameList: NameListCstNode[];
};

export interface StatesCstNode extends CstNode {
  name: 'states';
  children: StatesCstChildren;
}

export type StatesCstChildren = {
  States: IToken[];
  nameList: NameListCstNode[];
};

export interface StartCstNode extends CstNode {
  name: 'start';
  children: StartCstChildren;
}

export type StartCstChildren = {
  Start: IToken[];
  nameList: NameListCstNode[];
};

export interface AcceptCstNode extends CstNode {
  name: 'accept';
  children: AcceptCstChildren;
}

export type AcceptCstChildren = {
  Accept: IToken[];
  nameList: NameListCstNode[];
};

export interface TransitionCstNode extends CstNode {
  name: 'transition';
  children: TransitionCstChildren;
}

export type TransitionCstChildren = {
  from: NameCstNode[];
  Arrow: IToken[];
  to: NameCstNode[];
  On: IToken[];
  label: LabelCstNode[];
  Comma?: IToken[];
  transitionOutput?: TransitionOutputCstNode[];
};

export interface LabelCstNode extends CstNode {
  name: 'label';
  children: LabelCstChildren;
}

export type LabelCstChildren = {
  name?: NameCstNode[];
  Star?: IToken[];
  Epsilon?: IToken[];
};

export interface NetworkCstNode extends CstNode {
  name: 'network';
  children: NetworkCstChildren;
}

export type NetworkCstChildren = {
  Network: IToken[];
  LCurly: IToken[];
  parameter?: ParameterCstNode[];
  RCurly: IToken[];
};

export interface ParameterCstNode extends CstNode {
  name: 'parameter';
  children: ParameterCstChildren;
}

export type ParameterCstChildren = {
  key: IToken[];
  Equals: IToken[];
  number?: IToken[];
  word?: IToken[];
};

export interface SequenceCstNode extends CstNode {
  name: 'sequence';
  children: SequenceCstChildren;
}

export type SequenceCstChildren = {
  Sequence: IToken[];
  name: NameCstNode[];
  LCurly: IToken[];
  sequenceMember?: SequenceMemberCstNode[];
  RCurly: IToken[];
};

export interface SequenceMemberCstNode extends CstNode {
  name: 'sequenceMember';
  children: SequenceMemberCstChildren;
}

export type SequenceMemberCstChildren = {
  items?: ItemsCstNode[];
  loop?: LoopCstNode[];
  network?: NetworkCstNode[];
};

export interface ItemsCstNode extends CstNode {
  name: 'items';
  children: ItemsCstChildren;
}

export type ItemsCstChildren = {
  Items: IToken[];
  item: ItemCstNode[];
  Comma?: IToken[];
};

export interface ItemCstNode extends CstNode {
  name: 'item';
  children: ItemCstChildren;
}

export type ItemCstChildren = {
  name: NameCstNode[];
  LParen?: IToken[];
  dwell?: IToken[];
  RParen?: IToken[];
};

export interface LoopCstNode extends CstNode {
  name: 'loop';
  children: LoopCstChildren;
}

export type LoopCstChildren = {
  Loop: IToken[];
};

export interface NameListCstNode extends CstNode {
  name: 'nameList';
  children: NameListCstChildren;
}

export type NameListCstChildren = {
  name: NameCstNode[];
  Comma?: IToken[];
};

export interface NameCstNode extends CstNode {
  name: 'name';
  children: NameCstChildren;
}

export type NameCstChildren = {
  Identifier?: IToken[];
  Integer?: IToken[];
  StringLiteral?: IToken[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  file(children: FileCstChildren, param?: IN): OUT;
  declaration(children: DeclarationCstChildren, param?: IN): OUT;
  regex(children: RegexCstChildren, param?: IN): OUT;
  expression(children: ExpressionCstChildren, param?: IN): OUT;
  boolTerm(children: BoolTermCstChildren, param?: IN): OUT;
  concatenation(children: ConcatenationCstChildren, param?: IN): OUT;
  prefixed(children: PrefixedCstChildren, param?: IN): OUT;
  postfixed(children: PostfixedCstChildren, param?: IN): OUT;
  postfix(children: PostfixCstChildren, param?: IN): OUT;
  bounds(children: BoundsCstChildren, param?: IN): OUT;
  atom(children: AtomCstChildren, param?: IN): OUT;
  operation(children: OperationCstChildren, param?: IN): OUT;
  testBlock(children: TestBlockCstChildren, param?: IN): OUT;
  testRow(children: TestRowCstChildren, param?: IN): OUT;
  automaton(children: AutomatonCstChildren, param?: IN): OUT;
  derived(children: DerivedCstChildren, param?: IN): OUT;
  automatonMember(children: AutomatonMemberCstChildren, param?: IN): OUT;
  outputs(children: OutputsCstChildren, param?: IN): OUT;
  stateOutput(children: StateOutputCstChildren, param?: IN): OUT;
  transitionOutput(children: TransitionOutputCstChildren, param?: IN): OUT;
  alphabet(children: AlphabetCstChildren, param?: IN): OUT;
  states(children: StatesCstChildren, param?: IN): OUT;
  start(children: StartCstChildren, param?: IN): OUT;
  accept(children: AcceptCstChildren, param?: IN): OUT;
  transition(children: TransitionCstChildren, param?: IN): OUT;
  label(children: LabelCstChildren, param?: IN): OUT;
  network(children: NetworkCstChildren, param?: IN): OUT;
  parameter(children: ParameterCstChildren, param?: IN): OUT;
  sequence(children: SequenceCstChildren, param?: IN): OUT;
  sequenceMember(children: SequenceMemberCstChildren, param?: IN): OUT;
  items(children: ItemsCstChildren, param?: IN): OUT;
  item(children: ItemCstChildren, param?: IN): OUT;
  loop(children: LoopCstChildren, param?: IN): OUT;
  nameList(children: NameListCstChildren, param?: IN): OUT;
  name(children: NameCstChildren, param?: IN): OUT;
}
