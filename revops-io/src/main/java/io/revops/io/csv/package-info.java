/**
 * CSV as real exports write it. {@link io.revops.io.csv.CsvReader} is a streaming RFC 4180 reader that
 * recovers from damage line-exactly: an unterminated quote, text after a closing quote, a short or long row
 * or an undecodable byte rejects that one row (a {@link io.revops.core.batch.Finding}) and reading goes on at
 * the next line. {@link io.revops.io.csv.TextEncoding} picks the charset: a byte order mark, else UTF-8 if the
 * opening megabyte decodes strictly as UTF-8, else Windows-1251. A pre-pass that needs a few columns only
 * ({@link io.revops.io.csv.CsvReader#scan}) can read the file's bytes undecoded
 * ({@link io.revops.io.csv.TextEncoding#openBytes}): the records are the same, no string is made.
 *
 * <p>Why a hand-written tokenizer rather than jackson-dataformat-csv: Jackson's parser cannot resume after a
 * malformed row (an unterminated quote swallows the rest of the file and ends in an exception), and the
 * readers here must reject exactly the damaged rows.
 */
@NullMarked
package io.revops.io.csv;

import org.jspecify.annotations.NullMarked;
