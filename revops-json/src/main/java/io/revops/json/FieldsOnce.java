package io.revops.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.revops.core.batch.Quote;
import java.io.Closeable;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The dialect's rule that a field is given at most once in an object, in one place for every way revops reads
 * JSON, with one message: {@code $.company.name: duplicate field "name"; a field is given at most once}.
 *
 * <ul>
 *   <li>The streaming decoders read fields through {@link JsonCursor#nextField()}, which asks this class about
 *       each name ({@link #firstTime}); so do the JSON Lines readers, whose parsers have no check of their own.</li>
 *   <li>Every other reader — Jackson's trees and databind under {@link RevOpsJson#mapper()}, a decoder that takes
 *       the raw parser ({@link JsonCursor#parser()}) — reads from a {@link Parser}, which asks this class about
 *       each field-name token it hands out. {@link JsonLimits#factory()} (and with it the mapper) makes only such
 *       parsers ({@link Factory}); a cursor over one leaves the check to it.</li>
 * </ul>
 *
 * <p>Jackson's own {@code STRICT_DUPLICATE_DETECTION} is not used: its message is another ({@code Duplicate
 * field 'name'}, no path) and it allocates a set per object. (A mapper configured with it by its user reports
 * Jackson's message first.)
 *
 * <p>The names of the object open at each depth are kept in a small array (a set past {@value #FEW_NAMES}
 * names), forgotten when the next object at that depth starts (its first field has index 0). Cost: a comparison
 * with each earlier name of the object, no allocation once the arrays exist. A name the decoder knows by its
 * index in a {@link FieldNames} is kept as one bit of a {@code long} per depth instead ({@link
 * #firstTime(JsonStreamContext, int)}): a test and a set of that bit. The two kinds cannot meet (a known name is
 * never kept as a string: a decoder reads an object's fields by one {@link FieldNames}), and both are forgotten
 * when the object's first field is read, whichever kind it is. Instances are not thread-safe: one reads one
 * parser's fields.
 */
final class FieldsOnce {
  /** The rule a duplicate field breaks, after its name. */
  static final String RULE = "a field is given at most once";

  /** The names of an object kept in an array before a set takes over: objects of the dialect have fewer. */
  private static final int FEW_NAMES = 16;

  private String[][] names = new String[8][];
  private int[][] nameHashes = new int[8][];
  private int[] nameCounts = new int[8];
  /** The known names ({@link FieldNames} indices) read in the object open at each depth, one bit each. */
  private long[] knownSeen = new long[8];
  private Set<String>[] manyNames;

  /** The failure for a second field {@code name} at {@code path}, read by {@code parser}. */
  static JsonPathException duplicate(Closeable parser, String path, String name) {
    String shown = Quote.bounded(name);
    return new JsonPathException(parser, path, shown, "duplicate field \"" + shown + "\"; " + RULE, null);
  }

  /**
   * True if the object being read, whose context is {@code ctx} (standing on the field name), had no field
   * {@code name} before (null-valued ones included); false for a duplicate.
   */
  boolean firstTime(JsonStreamContext ctx, String name) {
    int depth = depthOf(ctx);
    String[] seen = names[depth];
    int[] hashes = nameHashes[depth];
    if (seen == null) {
      seen = new String[FEW_NAMES];
      hashes = new int[FEW_NAMES];
      names[depth] = seen;
      nameHashes[depth] = hashes;
    }
    int n = nameCounts[depth];
    nameCounts[depth] = n + 1;
    if (n < FEW_NAMES) {
      int h = name.hashCode(); // cached in the (canonical) name
      for (int i = 0; i < n; i++) {
        if (hashes[i] == h && seen[i].equals(name)) {
          return false;
        }
      }
      seen[n] = name;
      hashes[n] = h;
      return true;
    }
    Set<String> set = manyNamesAt(depth);
    if (n == FEW_NAMES) {
      set.clear();
      set.addAll(Arrays.asList(seen));
    }
    return set.add(name);
  }

  /**
   * True if the object being read, whose context is {@code ctx} (standing on the field name), had no field
   * of index {@code known} in the decoder's {@link FieldNames} before (null-valued ones included); false for a
   * duplicate. The same rule as {@link #firstTime(JsonStreamContext, String)}, for a name told by its index.
   */
  boolean firstTime(JsonStreamContext ctx, int known) {
    int depth = depthOf(ctx);
    long bit = 1L << known;
    long seen = knownSeen[depth];
    knownSeen[depth] = seen | bit;
    return (seen & bit) == 0;
  }

  /**
   * The nesting depth of {@code ctx}, the arrays grown to hold it; its names and bits forgotten when it stands
   * on the first field of its object.
   */
  private int depthOf(JsonStreamContext ctx) {
    int depth = ctx.getNestingDepth();
    if (depth >= names.length) {
      int size = Math.max(depth + 1, 2 * names.length);
      names = Arrays.copyOf(names, size);
      nameHashes = Arrays.copyOf(nameHashes, size);
      nameCounts = Arrays.copyOf(nameCounts, size);
      knownSeen = Arrays.copyOf(knownSeen, size);
      if (manyNames != null) {
        manyNames = Arrays.copyOf(manyNames, size);
      }
    }
    if (ctx.getCurrentIndex() == 0) {
      nameCounts[depth] = 0;
      knownSeen[depth] = 0;
    }
    return depth;
  }

  @SuppressWarnings("unchecked")
  private Set<String> manyNamesAt(int depth) {
    if (manyNames == null) {
      manyNames = new Set[names.length];
    }
    if (manyNames[depth] == null) {
      manyNames[depth] = new HashSet<>();
    }
    return manyNames[depth];
  }

  /**
   * A parser that rejects a duplicate field as the dialect does, whoever reads it: every token reaches the
   * reader through {@link #nextToken()} (Jackson's {@code nextFieldName}, {@code nextTextValue} and the like
   * call it; {@link #nextValue()} and {@link #skipChildren()} are routed through it here), and each field name
   * is checked there. Cost: one call and, on a field name, {@link #firstTime}.
   */
  static final class Parser extends JsonParserDelegate {
    private final FieldsOnce fields;

    /** A checking view of {@code parser} that shares {@code fields} with the cursor reading it. */
    Parser(JsonParser parser, FieldsOnce fields) {
      super(parser);
      this.fields = fields;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t == JsonToken.FIELD_NAME) {
        String name = delegate.currentName();
        JsonStreamContext ctx = delegate.getParsingContext();
        if (!fields.firstTime(ctx, name)) {
          throw duplicate(this, JsonCursor.pathOf(ctx), name);
        }
      }
      return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      JsonToken t = currentToken();
      if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
        return this;
      }
      int open = 1;
      while (open > 0) {
        JsonToken next = nextToken();
        if (next == null) {
          return this;
        }
        if (next.isStructStart()) {
          open++;
        } else if (next.isStructEnd()) {
          open--;
        }
      }
      return this;
    }
  }

  /** The builder of {@link Factory#rebuild()}: it builds a {@link Factory}. */
  static final class Builder extends JsonFactoryBuilder {
    Builder(JsonFactory base) {
      super(base);
    }

    @Override
    public JsonFactory build() {
      return new Factory(this);
    }
  }

  /**
   * A JSON factory whose parsers are {@link Parser}s, each with its own {@link FieldsOnce}: the factory of
   * {@link JsonLimits#factory()} and {@link RevOpsJson#mapper()}. Its copies and rebuilt factories are of this
   * class too. Non-blocking parsers are wrapped likewise.
   */
  static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    Factory(JsonFactoryBuilder builder) {
      super(builder);
    }

    private Factory(JsonFactory src, ObjectCodec codec) {
      super(src, codec);
    }

    private static JsonParser checked(JsonParser p) {
      return new Parser(p, new FieldsOnce());
    }

    @Override
    public JsonFactory copy() {
      _checkInvalidCopy(Factory.class);
      return new Factory(this, null);
    }

    /** A builder whose factories are of this class too. */
    @Override
    public JsonFactoryBuilder rebuild() {
      return new Builder(this);
    }

    @Override
    protected Object readResolve() {
      return new Factory(this, _objectCodec);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
      return checked(super._createParser(in, ctxt));
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
      return checked(super._createParser(r, ctxt));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
        throws IOException {
      return checked(super._createParser(data, offset, len, ctxt, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
      return checked(super._createParser(data, offset, len, ctxt));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
      return checked(super._createParser(input, ctxt));
    }

    @Override
    public JsonParser createNonBlockingByteArrayParser() throws IOException {
      return checked(super.createNonBlockingByteArrayParser());
    }

    @Override
    public JsonParser createNonBlockingByteBufferParser() throws IOException {
      return checked(super.createNonBlockingByteBufferParser());
    }
  }
}
