package io.revops.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * DuckDB's row appender ({@code org.duckdb.DuckDBAppender}) reached through method handles, so that this module
 * compiles without the DuckDB driver: DuckDB is a runtime dependency of the {@code -Pbench} profile only, and the
 * default build neither downloads nor loads it. The handles are looked up once per class; loading is not timed.
 */
final class DuckDbAppender implements AutoCloseable {
  private static final class Handles {
    static final MethodHandle CREATE;
    static final MethodHandle BEGIN_ROW;
    static final MethodHandle END_ROW;
    static final MethodHandle APPEND_STRING;
    static final MethodHandle APPEND_INT;
    static final MethodHandle APPEND_DECIMAL;
    static final MethodHandle APPEND_EPOCH_MICROS;
    static final MethodHandle APPEND_NULL;
    static final MethodHandle CLOSE;

    static {
      try {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> connection = Class.forName("org.duckdb.DuckDBConnection");
        Class<?> appender = Class.forName("org.duckdb.DuckDBAppender");
        CREATE = erase(lookup.findVirtual(connection, "createAppender", MethodType.methodType(appender, String.class)));
        BEGIN_ROW = erase(lookup.findVirtual(appender, "beginRow", MethodType.methodType(appender)));
        END_ROW = erase(lookup.findVirtual(appender, "endRow", MethodType.methodType(appender)));
        APPEND_STRING = erase(lookup.findVirtual(appender, "append", MethodType.methodType(appender, String.class)));
        APPEND_INT = erase(lookup.findVirtual(appender, "append", MethodType.methodType(appender, int.class)));
        APPEND_DECIMAL = erase(lookup.findVirtual(appender, "append",
            MethodType.methodType(appender, BigDecimal.class)));
        APPEND_EPOCH_MICROS = erase(lookup.findVirtual(appender, "appendEpochMicros",
            MethodType.methodType(appender, long.class)));
        APPEND_NULL = erase(lookup.findVirtual(appender, "appendNull", MethodType.methodType(appender)));
        CLOSE = erase(lookup.findVirtual(appender, "close", MethodType.methodType(void.class)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("the DuckDB driver is not on the class path: run with -Pbench", e);
      }
    }

    /** {@code h} taking and returning {@code Object}s (primitives boxed), for {@code invokeExact}. */
    private static MethodHandle erase(MethodHandle h) {
      MethodType t = h.type().generic();
      return h.asType(h.type().returnType() == void.class ? t.changeReturnType(void.class) : t);
    }
  }

  private final Object appender;

  private DuckDbAppender(Object appender) {
    this.appender = appender;
  }

  /** An appender to {@code table} in the default schema of a DuckDB {@code connection}. */
  static DuckDbAppender of(Connection connection, String table) throws SQLException {
    try {
      return new DuckDbAppender(Handles.CREATE.invokeExact((Object) connection, (Object) table));
    } catch (Throwable e) {
      throw failure(e);
    }
  }

  DuckDbAppender beginRow() throws SQLException {
    return call(Handles.BEGIN_ROW);
  }

  DuckDbAppender endRow() throws SQLException {
    return call(Handles.END_ROW);
  }

  DuckDbAppender appendNull() throws SQLException {
    return call(Handles.APPEND_NULL);
  }

  DuckDbAppender append(String value) throws SQLException {
    return call(Handles.APPEND_STRING, value);
  }

  DuckDbAppender append(int value) throws SQLException {
    return call(Handles.APPEND_INT, value);
  }

  DuckDbAppender append(BigDecimal value) throws SQLException {
    return call(Handles.APPEND_DECIMAL, value);
  }

  DuckDbAppender appendEpochMicros(long micros) throws SQLException {
    return call(Handles.APPEND_EPOCH_MICROS, micros);
  }

  private DuckDbAppender call(MethodHandle h, Object value) throws SQLException {
    try {
      Object ignored = h.invokeExact(appender, value);
      return this;
    } catch (Throwable e) {
      throw failure(e);
    }
  }

  private DuckDbAppender call(MethodHandle h) throws SQLException {
    try {
      Object ignored = h.invokeExact(appender);
      return this;
    } catch (Throwable e) {
      throw failure(e);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      Handles.CLOSE.invokeExact(appender);
    } catch (Throwable e) {
      throw failure(e);
    }
  }

  /** The driver's own {@link SQLException}s and unchecked throwables as they are; anything else wrapped. */
  private static SQLException failure(Throwable e) {
    if (e instanceof SQLException sql) {
      return sql;
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    return new SQLException(e);
  }
}
