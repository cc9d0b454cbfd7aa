package io.revops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every jshell notebook in {@code revops-examples/notebooks} non-interactively, snippet by snippet, and
 * fails on the first snippet that does not compile or throws — so no notebook rots.
 */
class NotebooksTest {
  private static final Path NOTEBOOKS = Path.of("notebooks");

  @TestFactory
  Stream<DynamicTest> everyNotebookRunsWithoutErrors() throws IOException {
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      notebooks = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
    }
    assertThat(notebooks).isNotEmpty();
    List<String> classPath = classPath();
    return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> run(nb, classPath)));
  }

  private static List<String> classPath() throws IOException {
    List<String> cp = new ArrayList<>();
    cp.add(Path.of("target/classes").toAbsolutePath().toString());
    String deps = Files.readString(Path.of("target/jshell.classpath"), StandardCharsets.UTF_8).trim();
    for (String entry : deps.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        cp.add(entry);
      }
    }
    return cp;
  }

  private static void run(Path notebook, List<String> classPath) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().out(print).err(print)
        .remoteVMOptions("-Djava.util.logging.config.file=/dev/null").build()) {
      classPath.forEach(shell::addToClasspath);
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = stripCommands(Files.readString(notebook, StandardCharsets.UTF_8));
      int snippets = 0;
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        String source = info.completeness().isComplete() ? info.source() : remaining;
        remaining = info.completeness().isComplete() ? info.remaining() : "";
        for (SnippetEvent event : shell.eval(source)) {
          String where = notebook.getFileName() + ", snippet: " + source.strip();
          if (event.status() == Snippet.Status.REJECTED) {
            String diagnostics = shell.diagnostics(event.snippet())
                .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("; "));
            throw new AssertionError("rejected in " + where + ": " + diagnostics + "\noutput so far:\n" + out);
          }
          if (event.exception() != null) {
            throw new AssertionError("threw in " + where + "\noutput so far:\n" + out, event.exception());
          }
        }
        snippets++;
      }
      assertThat(snippets).as("snippets in %s", notebook).isPositive();
    }
  }

  /** jshell commands such as {@code /exit} are for the interactive tool, not the API. */
  private static String stripCommands(String script) {
    return script.lines().filter(l -> !l.strip().startsWith("/")).collect(Collectors.joining("\n"));
  }
}
