import onnxProto from 'onnx-proto';

/** The generated ONNX schema classes (protobufjs static code of onnx.proto). */
export const onnx = onnxProto.onnx;

/** The ONNX operator set the exported models use (default domain). */
export const OPSET = 17;
/** IR version 8 goes with opsets up to 17 (ONNX 1.12). */
export const IR_VERSION = 8;

type Graph = InstanceType<typeof onnx.GraphProto>;
type Attribute = number | readonly number[] | Graph;

/** The dimensions of a graph input or output: a number is fixed, a string is symbolic (the batch `B`). */
export type Dims = readonly (number | string)[];

function bytesOf(array: Float64Array | BigInt64Array): Uint8Array {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  // raw_data is little-endian; so is every platform Node runs on, which `LITTLE_ENDIAN` checks.
  if (!LITTLE_ENDIAN) throw new RangeError('ONNX export needs a little-endian machine');
  return bytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function valueInfo(name: string, elemType: number, dims: Dims) {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  });
}

/**
 * Builds one ONNX graph: initializers (float64 or int64, stored as raw little-endian bytes), nodes in
 * topological order, inputs and outputs. Node and value names are given by the caller; `node` returns the
 * output name so expressions compose.
 */
export class GraphBuilder {
  private readonly nodes: InstanceType<typeof onnx.NodeProto>[] = [];
  private readonly initializers: InstanceType<typeof onnx.TensorProto>[] = [];
  private readonly inputs: InstanceType<typeof onnx.ValueInfoProto>[] = [];
  private readonly outputs: InstanceType<typeof onnx.ValueInfoProto>[] = [];
  private readonly names: { counter: number };

  /** `names` is shared with the outer graph by a subgraph, so no value name repeats across scopes. */
  constructor(names: { counter: number } = { counter: 0 }) {
    this.names = names;
  }

  /** A builder for a subgraph (a Loop body) whose fresh names do not clash with this graph's. */
  subgraph(): GraphBuilder {
    return new GraphBuilder(this.names);
  }

  /** A float64 constant named `name` with shape `dims`. */
  double(name: string, dims: readonly number[], values: Float64Array | readonly number[]): string {
    const data = values instanceof Float64Array ? values : Float64Array.from(values);
    this.initializers.push(
      onnx.TensorProto.create({
        name,
        dims: [...dims],
        dataType: onnx.TensorProto.DataType.DOUBLE,
        rawData: bytesOf(data),
      }),
    );
    return name;
  }

  /** An int64 constant named `name` with shape `dims`. */
  int64(name: string, dims: readonly number[], values: ArrayLike<number>): string {
    const data = BigInt64Array.from(Array.from(values, (v) => BigInt(v)));
    this.initializers.push(
      onnx.TensorProto.create({
        name,
        dims: [...dims],
        dataType: onnx.TensorProto.DataType.INT64,
        rawData: bytesOf(data),
      }),
    );
    return name;
  }

  input(name: string, elemType: ElementType, dims: Dims): string {
    this.inputs.push(valueInfo(name, ELEMENT_TYPES[elemType], dims));
    return name;
  }

  output(name: string, elemType: ElementType, dims: Dims): void {
    this.outputs.push(valueInfo(name, ELEMENT_TYPES[elemType], dims));
  }

  /** Adds node `op` on `inputs`; its output is `output` or a fresh name. Returns the output name. */
  node(op: string, inputs: readonly string[], attributes: Record<string, Attribute> = {}, output?: string): string {
    const name = output ?? `${op.toLowerCase()}_${this.names.counter++}`;
    this.multiNode(op, inputs, [name], attributes);
    return name;
  }

  /** Adds node `op` with several outputs (such as Loop). An empty input name is an omitted optional input. */
  multiNode(
    op: string,
    inputs: readonly string[],
    outputs: readonly string[],
    attributes: Record<string, Attribute>,
  ): void {
    this.nodes.push(
      onnx.NodeProto.create({
        name: `${outputs[0]}_node`,
        opType: op,
        input: [...inputs],
        output: [...outputs],
        attribute: Object.entries(attributes).map(([key, value]) =>
          typeof value === 'number'
            ? { name: key, type: onnx.AttributeProto.AttributeType.INT, i: value }
            : isGraph(value)
              ? { name: key, type: onnx.AttributeProto.AttributeType.GRAPH, g: value }
              : { name: key, type: onnx.AttributeProto.AttributeType.INTS, ints: [...value] },
        ),
      }),
    );
  }

  /** This builder's nodes, initializers, inputs and outputs as graph `name`. */
  graph(name: string): Graph {
    return onnx.GraphProto.create({
      name,
      node: this.nodes,
      initializer: this.initializers,
      input: this.inputs,
      output: this.outputs,
    });
  }

  /** The serialised model: graph `name`, opset `OPSET`, with `metadata` as metadata_props. */
  encode(name: string, docString: string, metadata: Record<string, string>): Uint8Array {
    const model = onnx.ModelProto.create({
      irVersion: IR_VERSION,
      opsetImport: [{ domain: '', version: OPSET }],
      producerName: 'cdam',
      docString,
      graph: this.graph(name),
      metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    });
    return onnx.ModelProto.encode(model).finish();
  }
}

type ElementType = 'double' | 'int64' | 'bool';

const ELEMENT_TYPES: Record<ElementType, number> = {
  double: onnx.TensorProto.DataType.DOUBLE,
  int64: onnx.TensorProto.DataType.INT64,
  bool: onnx.TensorProto.DataType.BOOL,
};

function isGraph(value: Attribute): value is Graph {
  return value instanceof onnx.GraphProto;
}
