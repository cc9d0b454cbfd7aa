package io.revops.io;

import static java.util.Objects.requireNonNull;

import io.revops.core.batch.Finding;
import io.revops.io.crm.CrmImport;
import io.revops.io.crm.ExportFile;
import io.revops.io.profile.Profile;
import io.revops.io.profile.Profiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one-call entry of revops-io: a CRM's export files read through a built-in profile or a profile document.
 *
 * <pre>{@code
 * Findings findings = Findings.create();
 * CrmImport.Run run = CrmExports.open("amocrm", Optional.empty(), List.of(Path.of("amocrm_export.csv")), findings);
 * try (Stream<CrmRecord> records = run.records()) { ... }
 * }</pre>
 */
public final class CrmExports {
  private CrmExports() {}

  /**
   * Opens {@code files} through the profile {@code nameOrPath} (a built-in name, or a {@code .json} document),
   * with local timestamps in {@code zone} if given (else the profile's zone).
   *
   * @throws IOException if a file or the profile document cannot be read
   * @throws IllegalArgumentException if the profile is unknown or breaks a rule
   */
  public static CrmImport.Run open(String nameOrPath, Optional<ZoneId> zone, List<Path> files,
      Consumer<Finding> findings) throws IOException {
    requireNonNull(zone, "zone");
    Profile profile = Profiles.resolve(nameOrPath);
    List<ExportFile> exportFiles = new ArrayList<>();
    for (Path p : requireNonNull(files, "files")) {
      exportFiles.add(ExportFile.of(p));
    }
    return CrmImport.of(zone.map(profile::withZone).orElse(profile)).open(exportFiles, findings);
  }
}
