package io.revops.io.profile;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.List;

/**
 * A declarative description of one CRM's export: its name, the zone its local timestamps are in, and its
 * files. Read with {@link Profiles#parse} or taken from {@link Profiles#builtIn}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Profile {
  private final String name;
  private final String description;
  private final ZoneId zone;
  private final List<FileSpec> files;

  Profile(String name, String description, ZoneId zone, List<FileSpec> files) {
    this.name = requireNonNull(name, "name");
    this.description = requireNonNull(description, "description");
    this.zone = requireNonNull(zone, "zone");
    this.files = List.copyOf(files);
    if (this.files.isEmpty()) {
      throw new IllegalArgumentException("profile " + name + ": files must not be empty");
    }
  }

  /** The profile's name, e.g. {@code "amocrm"}. */
  public String name() {
    return name;
  }

  /** What the profile reads, and where its layout comes from. */
  public String description() {
    return description;
  }

  /** The zone of local timestamps (a timestamp with an offset keeps its own). */
  public ZoneId zone() {
    return zone;
  }

  /** This profile with local timestamps in {@code zone} (the main job's {@code --zone}). */
  public Profile withZone(ZoneId zone) {
    return new Profile(name, description, requireNonNull(zone, "zone"), files);
  }

  /** The files, in the profile's order. */
  public List<FileSpec> files() {
    return files;
  }

  @Override
  public String toString() {
    return "Profile[" + name + ", zone " + zone + ", files " + files.stream().map(FileSpec::name).toList() + "]";
  }
}
