package org.marsad.ner.model;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The exported network cut in two where its token encoder ends: the encoder, which reads one
 * token's features and nothing else, and the sequence layers above it, which read the encoder's
 * vectors and the sentence lengths. Each token's vector can then be computed once and reused
 * (a news text repeats most of its words); the two halves run the very nodes and weights of the
 * whole network, so their emissions are the whole network's.
 *
 * <p>The cut is made on the ONNX protobuf itself, read field by field (the ONNX schema's field
 * numbers below), so that any network {@code train-ner} exports can be cut: the trainer names the
 * encoder's nodes {@code /tokens/…} (its module {@code tokens}), and exactly one tensor of theirs
 * is read by the nodes above.
 */
record NetworkHalves(byte[] encoder, byte[] sequence, String vectors) {
    // ModelProto.graph; GraphProto.node, .initializer, .input, .output; NodeProto.input, .output,
    // .name; TensorProto.name; ValueInfoProto.name, .type; TypeProto.tensor_type;
    // TypeProto.Tensor.elem_type, .shape; TensorShapeProto.dim; Dimension.dim_param.
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    private static final int GRAPH_VALUE_INFO = 13;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int TENSOR_NAME = 8;
    private static final int VALUE_NAME = 1;
    private static final int VALUE_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_ELEMENT_TYPE = 1;
    private static final int TENSOR_SHAPE = 2;
    private static final int SHAPE_DIM = 1;
    private static final int DIM_PARAM = 2;
    private static final int FLOAT = 1;
    private static final String ENCODER_NODES = "/tokens/";

    /** Cuts an exported network; fails if it has no single tensor between encoder and sequence layers. */
    static NetworkHalves cut(byte[] network) {
        try {
            UnknownFieldSet model = UnknownFieldSet.parseFrom(network);
            UnknownFieldSet graph = UnknownFieldSet.parseFrom(model.getField(MODEL_GRAPH).getLengthDelimitedList().get(0));
            List<UnknownFieldSet> nodes = messages(graph, GRAPH_NODE);
            Predicate<UnknownFieldSet> inEncoder = node -> string(node, NODE_NAME).startsWith(ENCODER_NODES);
            Set<String> encoderOutputs = new HashSet<>();
            nodes.stream().filter(inEncoder).forEach(node -> encoderOutputs.addAll(strings(node, NODE_OUTPUT)));
            Set<String> between = new LinkedHashSet<>();
            nodes.stream().filter(inEncoder.negate())
                    .forEach(node -> strings(node, NODE_INPUT).stream().filter(encoderOutputs::contains).forEach(between::add));
            if (between.size() != 1) {
                throw new IllegalStateException("the NER network's token encoder (nodes " + ENCODER_NODES + "…) should hand one tensor to "
                        + "the layers above, not " + between);
            }
            String vectors = between.iterator().next();
            List<String> outputs = strings(messages(graph, GRAPH_OUTPUT), VALUE_NAME);
            return new NetworkHalves(part(model, graph, nodes, List.of(vectors), Set.of()),
                    part(model, graph, nodes, outputs, Set.of(vectors)), vectors);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the NER network is not an ONNX model: " + e.getMessage(), e);
        }
    }

    /**
     * The model that computes {@code outputs}: the nodes they need, in the graph's order, reading
     * the graph's inputs they need and {@code given} tensors as new float inputs.
     */
    private static byte[] part(UnknownFieldSet model, UnknownFieldSet graph, List<UnknownFieldSet> nodes, List<String> outputs,
            Set<String> given) {
        Set<String> needed = new HashSet<>(outputs);
        List<UnknownFieldSet> kept = new ArrayList<>();
        // Nodes are stored in topological order: one pass from the end finds all a tensor needs.
        for (int i = nodes.size() - 1; i >= 0; i--) {
            UnknownFieldSet node = nodes.get(i);
            if (strings(node, NODE_OUTPUT).stream().anyMatch(needed::contains) && strings(node, NODE_OUTPUT).stream().noneMatch(given::contains)) {
                kept.add(0, node);
                strings(node, NODE_INPUT).stream().filter(name -> !name.isEmpty() && !given.contains(name)).forEach(needed::add);
            }
        }
        UnknownFieldSet.Builder part = UnknownFieldSet.newBuilder(graph);
        part.clearField(GRAPH_NODE).clearField(GRAPH_INITIALIZER).clearField(GRAPH_INPUT).clearField(GRAPH_OUTPUT).clearField(GRAPH_VALUE_INFO);
        kept.forEach(node -> add(part, GRAPH_NODE, node.toByteString()));
        messages(graph, GRAPH_INITIALIZER).stream().filter(tensor -> needed.contains(string(tensor, TENSOR_NAME)))
                .forEach(tensor -> add(part, GRAPH_INITIALIZER, tensor.toByteString()));
        given.forEach(name -> add(part, GRAPH_INPUT, floatInput(name)));
        messages(graph, GRAPH_INPUT).stream().filter(input -> needed.contains(string(input, VALUE_NAME)))
                .forEach(input -> add(part, GRAPH_INPUT, input.toByteString()));
        List<UnknownFieldSet> declared = messages(graph, GRAPH_OUTPUT);
        for (String output : outputs) {
            add(part, GRAPH_OUTPUT, declared.stream().filter(value -> string(value, VALUE_NAME).equals(output)).findFirst()
                    .map(UnknownFieldSet::toByteString).orElseGet(() -> floatInput(output)));
        }
        return UnknownFieldSet.newBuilder(model).clearField(MODEL_GRAPH)
                .addField(MODEL_GRAPH, UnknownFieldSet.Field.newBuilder().addLengthDelimited(part.build().toByteString()).build())
                .build().toByteArray();
    }

    /** A float tensor of three dimensions of any size (batch, tokens, features). */
    private static ByteString floatInput(String name) {
        UnknownFieldSet.Builder shape = UnknownFieldSet.newBuilder();
        for (String dim : List.of("batch", "tokens", "features")) {
            add(shape, SHAPE_DIM, UnknownFieldSet.newBuilder().addField(DIM_PARAM,
                    UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(dim)).build()).build().toByteString());
        }
        UnknownFieldSet tensor = UnknownFieldSet.newBuilder()
                .addField(TENSOR_ELEMENT_TYPE, UnknownFieldSet.Field.newBuilder().addVarint(FLOAT).build())
                .addField(TENSOR_SHAPE, UnknownFieldSet.Field.newBuilder().addLengthDelimited(shape.build().toByteString()).build()).build();
        UnknownFieldSet type = UnknownFieldSet.newBuilder()
                .addField(TYPE_TENSOR, UnknownFieldSet.Field.newBuilder().addLengthDelimited(tensor.toByteString()).build()).build();
        return UnknownFieldSet.newBuilder()
                .addField(VALUE_NAME, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(name)).build())
                .addField(VALUE_TYPE, UnknownFieldSet.Field.newBuilder().addLengthDelimited(type.toByteString()).build())
                .build().toByteString();
    }

    private static void add(UnknownFieldSet.Builder message, int field, ByteString value) {
        message.mergeField(field, UnknownFieldSet.Field.newBuilder().addLengthDelimited(value).build());
    }

    private static List<UnknownFieldSet> messages(UnknownFieldSet message, int field) {
        List<UnknownFieldSet> out = new ArrayList<>();
        for (ByteString bytes : message.getField(field).getLengthDelimitedList()) {
            try {
                out.add(UnknownFieldSet.parseFrom(bytes));
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("the NER network is not an ONNX model: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<String> strings(UnknownFieldSet message, int field) {
        return message.getField(field).getLengthDelimitedList().stream().map(ByteString::toStringUtf8).toList();
    }

    private static List<String> strings(List<UnknownFieldSet> messages, int field) {
        return messages.stream().map(message -> string(message, field)).toList();
    }

    private static String string(UnknownFieldSet message, int field) {
        List<ByteString> values = message.getField(field).getLengthDelimitedList();
        return values.isEmpty() ? "" : values.get(0).toStringUtf8();
    }
}
