package io.revops.jacksoncompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module's reason to exist: revops-json's tests, compiled into this module, run on the oldest supported
 * Jackson line (2.19), not on the line revops builds with. If the {@code jackson.version} override in this
 * module's POM stopped reaching the parent's {@code jackson-bom} import (or one artifact escaped it), the other
 * tests here would silently run on 2.21 again; this test fails instead.
 */
class JacksonLineTest {
  private static final int MAJOR = 2;
  private static final int MINOR = 19;

  @Test
  void coreDatabindJsr310AndMonetaAre219() {
    List<Version> versions = List.of(
        com.fasterxml.jackson.core.json.PackageVersion.VERSION,
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
        com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION,
        com.fasterxml.jackson.datatype.moneta.PackageVersion.VERSION);
    assertThat(versions).allSatisfy(v -> {
      assertThat(v.getMajorVersion()).as("%s major", v).isEqualTo(MAJOR);
      assertThat(v.getMinorVersion()).as("%s minor", v).isEqualTo(MINOR);
    });
  }

  @Test
  void theVersionIsTheOnePomPropertyNames() {
    // the surefire configuration passes this module's jackson.version; databind must be exactly that release
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("revops.jackson.version"));
  }

  @Test
  void jacksonAnnotationsIs219() {
    // jackson-annotations has no PackageVersion class; its jar's manifest carries the version
    assertThat(com.fasterxml.jackson.annotation.JsonProperty.class.getPackage().getImplementationVersion())
        .startsWith(MAJOR + "." + MINOR + ".");
  }
}
