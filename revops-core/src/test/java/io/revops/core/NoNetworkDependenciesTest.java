package io.revops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;
import javax.money.convert.MonetaryConversions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Moneta exchange-rate loaders (ECB, IMF) start threads, write a cache into the working directory and
 * call the network on first use; okhttp is only there for them. Neither may reach revops' classpath, while
 * moneta-core (currencies, {@code Money}) must.
 */
class NoNetworkDependenciesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "okhttp3.OkHttpClient",
      "org.javamoney.moneta.convert.ecb.ECBCurrentRateProvider",
      "org.javamoney.moneta.convert.ecb.ECBHistoricRateProvider",
      "org.javamoney.moneta.convert.imf.IMFRateProvider",
      "org.javamoney.moneta.convert.internal.DefaultMonetaryConversionsSingletonSpi",
  })
  void networkClassesAreAbsent(String className) {
    assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void noClasspathEntryIsANetworkModule() {
    List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    assertThat(entries).isNotEmpty();
    assertThat(entries).noneMatch(e -> e.contains("okhttp"))
        .noneMatch(e -> e.contains("moneta-convert"))
        .noneMatch(e -> new File(e).getName().matches("moneta-\\d.*\\.(jar|pom)"));
    assertThat(entries).anyMatch(e -> e.contains("moneta-core"));
  }

  @Test
  void monetaCoreProvidesCurrencies() {
    CurrencyUnit rub = Monetary.getCurrency("RUB");
    assertThat(rub.getCurrencyCode()).isEqualTo("RUB");
    assertThat(rub.getDefaultFractionDigits()).isEqualTo(2);
    assertThat(Monetary.getDefaultAmountFactory().setCurrency(rub).setNumber(1).create().getCurrency()).isEqualTo(rub);
  }

  @Test
  void noConversionProviderIsInstalled() {
    // without moneta-convert there is no conversion SPI at all, so nothing can go to the network for rates
    assertThatThrownBy(MonetaryConversions::getConversionProviderNames).isInstanceOf(MonetaryException.class);
  }
}
