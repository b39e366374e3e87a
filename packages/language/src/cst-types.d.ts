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
  LCurly: IToken[];
  automatonMember?: AutomatonMemberCstNode[];
  RCurly: IToken[];
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
  automaton(children: AutomatonCstChildren, param?: IN): OUT;
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
