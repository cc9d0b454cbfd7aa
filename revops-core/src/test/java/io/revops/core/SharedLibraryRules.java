package io.revops.core;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link LibraryRule} applied to one module's production classes. Each library module has a test
 * {@code SharedArchitectureRulesTest} that extends this class (from core's test-jar) and names one of its
 * production classes, whose code source — {@code target/classes} in a test run, the module's jar in a verify run —
 * is what is checked. The module's own layering rules are in its {@code *ArchitectureTest}, which imports the same
 * classes through {@link #productionClassesOf(Class)}.
 *
 * <p>A module that must break a rule says where and why in {@link #exemptions()}; {@link #everyExemptionIsNeeded()}
 * fails as soon as an exempted class no longer breaks the rule, so the list cannot go stale.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SharedLibraryRules {
  // importing resolves the JDK classes the module uses, which is slow: once per module and JVM
  private static final Map<Path, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

  private JavaClasses production;

  /**
   * The production classes of the module that {@code anchor} belongs to (its code source only, without tests).
   *
   * @param anchor any production class of the module
   * @return the imported classes, cached for the JVM
   */
  public static JavaClasses productionClassesOf(Class<?> anchor) {
    Path classes;
    try {
      classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("code source of " + anchor.getName(), e);
    }
    return IMPORTED.computeIfAbsent(classes, path -> new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(path));
  }

  /**
   * A class of the module allowed to break one rule, with the reason.
   *
   * @param rule the rule it breaks
   * @param type the class (its nested classes and lambdas included)
   * @param reason why it must, for the reader of the test
   */
  protected record Exemption(LibraryRule rule, Class<?> type, String reason) {
    public Exemption {
      requireNonNull(rule, "rule");
      requireNonNull(type, "type");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("an exemption from " + rule + " for " + type.getName() + " needs a reason");
      }
    }

    boolean covers(JavaClass c) {
      return c.getName().equals(type.getName()) || c.getName().startsWith(type.getName() + "$");
    }
  }

  /** A production class of the module under test. */
  protected abstract Class<?> productionClass();

  /** The module's reasoned exemptions from the rules; none unless a module overrides this. */
  protected List<Exemption> exemptions() {
    return List.of();
  }

  @BeforeAll
  void importProductionClasses() {
    production = productionClassesOf(productionClass());
  }

  @Test
  void importsTheProductionClasses() {
    // guards the rules against passing vacuously on an empty import
    assertThat(production.stream().filter(c -> c.getPackageName().startsWith("io.revops.")).count())
        .isGreaterThan(10);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(LibraryRule.class)
  void holds(LibraryRule rule) {
    List<Exemption> exempt = exemptions().stream().filter(e -> e.rule() == rule).toList();
    rule.rule().check(production.that(DescribedPredicate.describe("are not exempted from " + rule,
        (JavaClass c) -> exempt.stream().noneMatch(e -> e.covers(c)))));
  }

  @Test
  void everyExemptionIsNeeded() {
    for (Exemption exemption : exemptions()) {
      JavaClasses exempted = production.that(DescribedPredicate.describe("are " + exemption.type().getName(),
          exemption::covers));
      assertThat(exempted.stream().count()).as("classes of %s", exemption.type().getName()).isPositive();
      assertThat(exemption.rule().rule().evaluate(exempted).hasViolation())
          .as("%s still breaks %s (else remove the exemption)", exemption.type().getSimpleName(), exemption.rule())
          .isTrue();
    }
  }
}
