package io.revops.io.profile;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Quote;

/**
 * A profile document that breaks a rule: names the document, the JSON path ({@code $.files[1].columns.createdAt})
 * and the rule.
 */
public final class ProfileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final String rule;

  ProfileException(String source, String path, String rule) {
    super(Quote.bounded(source, 4 * Quote.MAX_LENGTH) + " " + path + ": " + rule);
    this.source = requireNonNull(source, "source");
    this.path = requireNonNull(path, "path");
    this.rule = requireNonNull(rule, "rule");
  }

  /** The document, e.g. {@code "my-amocrm.json"}. */
  public String source() {
    return source;
  }

  /** The JSON path of the offending value, e.g. {@code "$.files[1].columns.createdAt"}. */
  public String path() {
    return path;
  }

  /** The rule broken. */
  public String rule() {
    return rule;
  }
}
