package io.revops.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.revops.metrics.revenue.RevenueLedger;
import io.revops.metrics.revenue.RevenueRecord;
import io.revops.sla.SlaAgreement;
import io.revops.json.sla.SlaModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * The bytes of an accumulator (or any revops value) between Spark tasks: Kryo, taught the three things it does
 * not know on its own. Records are written component by component and rebuilt through their canonical
 * constructor (so their validation runs again; Kryo 4 cannot set a record's final fields). The JDK's and
 * Guava's unmodifiable collections are written as their elements and rebuilt unmodifiable (Kryo would
 * rebuild them by calling {@code add}, which they refuse). An {@link SlaAgreement} is written as its JSON
 * ({@link SlaModule}, which round-trips an agreement to an equal value) rather than as the object graph of
 * its calendar and criteria. A {@link RevenueLedger.Builder} (whose maps sort currencies with a lambda
 * Kryo cannot rebuild) is written as the entries of its ledger and rebuilt by adding them. An {@link EnumMap}
 * is written with its key type (Kryo 4 would make one without, which then refuses every key); the key type of
 * an empty one is read reflectively, which needs {@code --add-opens java.base/java.util=ALL-UNNAMED}, one of
 * the options Spark's own launcher passes.
 *
 * <p>Kryo instances are not thread-safe and executors run tasks on several threads: one instance per
 * thread. Cost: building one takes about a millisecond, once per thread; an accumulator is written once per
 * partition, not once per row.
 */
final class KryoCodec {
  private static final ThreadLocal<Kryo> KRYO = ThreadLocal.withInitial(KryoCodec::newKryo);

  private KryoCodec() {}

  /** The bytes of {@code value} (its class is written with it). */
  static byte[] write(Object value) {
    Output out = new Output(4096, -1);
    KRYO.get().writeClassAndObject(out, value);
    return out.toBytes();
  }

  /** The value {@link #write} wrote. */
  static Object read(byte[] bytes) {
    return KRYO.get().readClassAndObject(new Input(bytes));
  }

  private static Kryo newKryo() {
    Kryo kryo = new Kryo();
    kryo.setRegistrationRequired(false);
    kryo.setReferences(true);
    // classes without a no-argument constructor (most of revops) are made without calling one
    kryo.setInstantiatorStrategy(new Kryo.DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
    // on an executor the application's classes are reached through the task's context class loader
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader != null) {
      kryo.setClassLoader(loader);
    }
    kryo.addDefaultSerializer(Record.class, new RecordSerializer());
    kryo.addDefaultSerializer(SlaAgreement.class, new AgreementSerializer());
    kryo.addDefaultSerializer(RevenueLedger.Builder.class, new LedgerBuilderSerializer());
    kryo.addDefaultSerializer(EnumMap.class, new EnumMapSerializer());
    Serializer<Object> copying = new UnmodifiableSerializer();
    for (Object sample : unmodifiableSamples()) {
      kryo.addDefaultSerializer(sample.getClass(), copying);
    }
    kryo.addDefaultSerializer(ImmutableCollection.class, copying);
    kryo.addDefaultSerializer(ImmutableMap.class, copying);
    return kryo;
  }

  /** One instance of each unmodifiable collection class the JDK's factories return. */
  private static List<Object> unmodifiableSamples() {
    List<Object> out = new ArrayList<>();
    out.add(List.of());
    out.add(List.of(1));
    out.add(List.of(1, 2, 3));
    out.add(List.of(1, 2, 3).subList(0, 2));
    out.add(Set.of());
    out.add(Set.of(1));
    out.add(Set.of(1, 2, 3));
    out.add(Map.of());
    out.add(Map.of(1, 1));
    out.add(Map.of(1, 1, 2, 2));
    out.add(Collections.unmodifiableList(new ArrayList<>()));
    out.add(Collections.unmodifiableList(new java.util.LinkedList<>()));
    out.add(Collections.unmodifiableCollection(new ArrayList<>()));
    out.add(Collections.unmodifiableSet(new LinkedHashSet<>()));
    out.add(Collections.unmodifiableSortedSet(new TreeSet<>()));
    out.add(Collections.unmodifiableNavigableSet(new TreeSet<>()));
    out.add(Collections.unmodifiableMap(new HashMap<>()));
    out.add(Collections.unmodifiableSortedMap(new TreeMap<>()));
    out.add(Collections.unmodifiableNavigableMap(new TreeMap<>()));
    return out;
  }

  /** A record: its components in order, rebuilt through the canonical constructor. */
  private static final class RecordSerializer extends Serializer<Record> {
    private final Map<Class<?>, Method[]> accessors = new ConcurrentHashMap<>();
    private final Map<Class<?>, Constructor<?>> constructors = new ConcurrentHashMap<>();

    RecordSerializer() {
      setImmutable(true);
    }

    private Method[] accessors(Class<?> type) {
      return accessors.computeIfAbsent(type, t -> {
        RecordComponent[] components = t.getRecordComponents();
        Method[] out = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
          out[i] = components[i].getAccessor();
          out[i].setAccessible(true);
        }
        return out;
      });
    }

    private Constructor<?> constructor(Class<?> type) {
      return constructors.computeIfAbsent(type, t -> {
        RecordComponent[] components = t.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
        }
        try {
          Constructor<?> c = t.getDeclaredConstructor(types);
          c.setAccessible(true);
          return c;
        } catch (NoSuchMethodException e) {
          throw new KryoException("record without its canonical constructor: " + t.getName(), e);
        }
      });
    }

    @Override
    public void write(Kryo kryo, Output output, Record value) {
      for (Method m : accessors(value.getClass())) {
        try {
          kryo.writeClassAndObject(output, m.invoke(value));
        } catch (ReflectiveOperationException e) {
          throw new KryoException("cannot read " + m + " of a " + value.getClass().getName(), e);
        }
      }
    }

    @Override
    public Record read(Kryo kryo, Input input, Class<Record> type) {
      Method[] components = accessors(type);
      Object[] args = new Object[components.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = kryo.readClassAndObject(input);
      }
      try {
        return type.cast(constructor(type).newInstance(args));
      } catch (ReflectiveOperationException e) {
        throw new KryoException("cannot rebuild a " + type.getName(), e);
      }
    }
  }

  /** An unmodifiable collection or map: its kind, comparator and elements; rebuilt unmodifiable. */
  private static final class UnmodifiableSerializer extends Serializer<Object> {
    private static final int LIST = 0;
    private static final int SET = 1;
    private static final int SORTED_SET = 2;
    private static final int MAP = 3;
    private static final int SORTED_MAP = 4;
    private static final int COLLECTION = 5;

    UnmodifiableSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, Object value) {
      if (value instanceof Map<?, ?> map) {
        boolean sorted = value instanceof SortedMap;
        output.writeInt(sorted ? SORTED_MAP : MAP, true);
        if (sorted) {
          kryo.writeClassAndObject(output, ((SortedMap<?, ?>) value).comparator());
        }
        output.writeInt(map.size(), true);
        map.forEach((k, v) -> {
          kryo.writeClassAndObject(output, k);
          kryo.writeClassAndObject(output, v);
        });
        return;
      }
      Collection<?> c = (Collection<?>) value;
      int kind = value instanceof List ? LIST : value instanceof SortedSet ? SORTED_SET
          : value instanceof Set ? SET : COLLECTION;
      output.writeInt(kind, true);
      if (kind == SORTED_SET) {
        kryo.writeClassAndObject(output, ((SortedSet<?>) value).comparator());
      }
      output.writeInt(c.size(), true);
      for (Object e : c) {
        kryo.writeClassAndObject(output, e);
      }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object read(Kryo kryo, Input input, Class<Object> type) {
      int kind = input.readInt(true);
      boolean guava = ImmutableCollection.class.isAssignableFrom(type) || ImmutableMap.class.isAssignableFrom(type);
      if (kind == MAP || kind == SORTED_MAP) {
        Comparator comparator = kind == SORTED_MAP ? (Comparator) kryo.readClassAndObject(input) : null;
        int n = input.readInt(true);
        Map map = kind == SORTED_MAP ? new TreeMap(comparator) : new LinkedHashMap(n * 2);
        for (int i = 0; i < n; i++) {
          Object k = kryo.readClassAndObject(input);
          map.put(k, kryo.readClassAndObject(input));
        }
        if (guava) {
          return kind == SORTED_MAP ? ImmutableSortedMap.copyOfSorted((SortedMap) map) : ImmutableMap.copyOf(map);
        }
        return kind == SORTED_MAP ? Collections.unmodifiableNavigableMap((NavigableMap) map)
            : Collections.unmodifiableMap(map);
      }
      Comparator comparator = kind == SORTED_SET ? (Comparator) kryo.readClassAndObject(input) : null;
      int n = input.readInt(true);
      Collection c = kind == SORTED_SET ? new TreeSet(comparator) : kind == SET ? new LinkedHashSet(n * 2)
          : new ArrayList(n);
      for (int i = 0; i < n; i++) {
        c.add(kryo.readClassAndObject(input));
      }
      if (guava) {
        return switch (kind) {
          case SORTED_SET -> ImmutableSortedSet.copyOfSorted((SortedSet) c);
          case SET -> ImmutableSet.copyOf(c);
          default -> ImmutableList.copyOf(c);
        };
      }
      return switch (kind) {
        case SORTED_SET -> Collections.unmodifiableNavigableSet((NavigableSet) c);
        case SET -> Collections.unmodifiableSet((Set) c);
        case LIST -> Collections.unmodifiableList((List) c);
        default -> Collections.unmodifiableCollection(c);
      };
    }
  }

  /** An agreement as its JSON. */
  private static final class AgreementSerializer extends Serializer<SlaAgreement> {
    AgreementSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, SlaAgreement value) {
      output.writeString(JsonForms.toJson(value));
    }

    @Override
    public SlaAgreement read(Kryo kryo, Input input, Class<SlaAgreement> type) {
      return JsonForms.fromJson(input.readString());
    }
  }

  /** A ledger builder as its entries (one per customer, month and currency). */
  private static final class LedgerBuilderSerializer extends Serializer<RevenueLedger.Builder> {
    @Override
    public void write(Kryo kryo, Output output, RevenueLedger.Builder value) {
      List<RevenueRecord> entries = value.result().entries();
      output.writeInt(entries.size(), true);
      for (RevenueRecord r : entries) {
        kryo.writeClassAndObject(output, r);
      }
    }

    @Override
    public RevenueLedger.Builder read(Kryo kryo, Input input, Class<RevenueLedger.Builder> type) {
      RevenueLedger.Builder b = RevenueLedger.builder();
      int n = input.readInt(true);
      for (int i = 0; i < n; i++) {
        b.add((RevenueRecord) kryo.readClassAndObject(input));
      }
      return b;
    }
  }

  /** An enum map: its key type, then its entries. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final class EnumMapSerializer extends Serializer<EnumMap> {
    private static final java.lang.reflect.Field KEY_TYPE = keyTypeField();

    private static java.lang.reflect.Field keyTypeField() {
      try {
        java.lang.reflect.Field f = EnumMap.class.getDeclaredField("keyType");
        f.setAccessible(true);
        return f;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null; // without --add-opens java.base/java.util: only non-empty maps can be written
      }
    }

    private static Class<?> keyType(EnumMap<?, ?> map) {
      if (!map.isEmpty()) {
        return ((Enum<?>) map.keySet().iterator().next()).getDeclaringClass();
      }
      try {
        if (KEY_TYPE != null) {
          return (Class<?>) KEY_TYPE.get(map);
        }
      } catch (IllegalAccessException e) {
        // falls through
      }
      throw new KryoException("an empty EnumMap needs --add-opens java.base/java.util=ALL-UNNAMED to be written");
    }

    @Override
    public void write(Kryo kryo, Output output, EnumMap value) {
      kryo.writeClass(output, keyType(value));
      output.writeInt(value.size(), true);
      ((Map<Object, Object>) value).forEach((k, v) -> {
        output.writeInt(((Enum<?>) k).ordinal(), true);
        kryo.writeClassAndObject(output, v);
      });
    }

    @Override
    public EnumMap read(Kryo kryo, Input input, Class<EnumMap> type) {
      Class keyType = kryo.readClass(input).getType();
      EnumMap map = new EnumMap(keyType);
      kryo.reference(map);
      Object[] constants = keyType.getEnumConstants();
      int n = input.readInt(true);
      for (int i = 0; i < n; i++) {
        Object k = constants[input.readInt(true)];
        map.put(k, kryo.readClassAndObject(input));
      }
      return map;
    }
  }
}
