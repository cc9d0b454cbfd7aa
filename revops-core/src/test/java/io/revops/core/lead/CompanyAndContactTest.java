package io.revops.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.revops.core.money.Amounts;
import org.junit.jupiter.api.Test;

class CompanyAndContactTest {

  static Company uralmash() {
    return Company.builder("Uralmash").employees(1200).annualRevenue(Amounts.of("150000000", "RUB"))
        .industry(Industry.MANUFACTURING).city(City.of("Yekaterinburg", 1_500_000, "RU")).build();
  }

  @Test
  void builderSetsEveryField() {
    Company c = uralmash();
    assertThat(c.name()).isEqualTo("Uralmash");
    assertThat(c.employees()).hasValue(1200);
    assertThat(c.annualRevenue()).hasValueSatisfying(r -> assertThat(Amounts.format(r)).isEqualTo("150 000 000,00 RUB"));
    assertThat(c.industry()).contains(Industry.MANUFACTURING);
    assertThat(c.city()).contains(City.of("Yekaterinburg", 1_500_000, "RU"));
  }

  @Test
  void unsetFieldsStayUnknown() {
    Company c = Company.of(" Acme ");
    assertThat(c.name()).isEqualTo("Acme");
    assertThat(c.employees()).isEmpty();
    assertThat(c.annualRevenue()).isEmpty();
    assertThat(c.industry()).isEmpty();
    assertThat(c.city()).isEmpty();
    assertThat(c).hasToString("Acme [employees=?, revenue=?, industry=?, city=?]");
  }

  @Test
  void toStringShowsTheData() {
    assertThat(uralmash()).hasToString("Uralmash [employees=1 200, revenue=150 000 000,00 RUB, industry=manufacturing,"
        + " city=Yekaterinburg, RU (pop. 1 500 000)]");
  }

  @Test
  void toBuilderCopies() {
    assertThat(uralmash().toBuilder().build()).isEqualTo(uralmash());
    assertThat(uralmash().toBuilder().employees(50).build().employees()).hasValue(50);
    assertThat(Company.builder("X").industry("IT").build().industry()).contains(Industry.IT);
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> Company.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("company name must not be blank: \" \"");
    assertThatThrownBy(() -> Company.of(null)).isInstanceOf(NullPointerException.class).hasMessage("company name");
    assertThatThrownBy(() -> Company.builder("X").employees(-5).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("employees must not be negative: -5");
    assertThatThrownBy(() -> Company.builder("X").annualRevenue(Amounts.of("-1", "RUB")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("annualRevenue must not be negative: -1,00 RUB");
    assertThatThrownBy(() -> Company.builder("X").annualRevenue(null)).hasMessage("annualRevenue");
    assertThatThrownBy(() -> Company.builder("X").city(null)).hasMessage("city");
  }

  @Test
  void companyEqualityIgnoresTheScaleOfTheRevenue() {
    new EqualsTester()
        .addEqualityGroup(uralmash(), uralmash().toBuilder().annualRevenue(Amounts.of("150000000.00", "RUB")).build())
        .addEqualityGroup(uralmash().toBuilder().annualRevenue(Amounts.of("150000000", "USD")).build())
        .addEqualityGroup(Company.of("Uralmash"), Company.of("Uralmash "))
        .addEqualityGroup(Company.builder("Uralmash").annualRevenue(Amounts.of("1", "RUB")).build())
        .addEqualityGroup(Company.builder("Uralmash").employees(0).build())
        .addEqualityGroup(Company.builder("Uralmash").industry("it").build())
        .addEqualityGroup(Company.of("uralmash"))
        .testEquals();
  }

  @Test
  void contact() {
    Contact c = Contact.of("Anna Petrova", "CFO", "+7 900 000-00-00", " anna@uralmash.example ");
    assertThat(c.name()).contains("Anna Petrova");
    assertThat(c.jobTitle()).contains("CFO");
    assertThat(c.phone()).contains("+7 900 000-00-00");
    assertThat(c.email()).contains("anna@uralmash.example");
    assertThat(c).hasToString("Anna Petrova (CFO, +7 900 000-00-00, anna@uralmash.example)");
  }

  @Test
  void contactBlanksAreUnknown() {
    Contact c = Contact.of(" ", null, "", null);
    assertThat(c).isEqualTo(Contact.unknown());
    assertThat(c.name()).isEmpty();
    assertThat(c.email()).isEmpty();
    assertThat(c).hasToString("? (?, no phone, no email)");
  }

  @Test
  void contactWithers() {
    Contact c = Contact.unknown().withName("Anna").withJobTitle("CFO").withPhone("+7").withEmail("a@b");
    assertThat(c).isEqualTo(Contact.of("Anna", "CFO", "+7", "a@b"));
    assertThat(c.withEmail(null).email()).isEmpty();
  }

  @Test
  void contactEmailMustLookLikeAnAddress() {
    for (String bad : new String[] {"anna", "@uralmash.example", "anna@"}) {
      assertThatThrownBy(() -> Contact.unknown().withEmail(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("email must look like name@domain: \"" + bad + "\"");
    }
  }

  @Test
  void contactEquality() {
    new EqualsTester()
        .addEqualityGroup(Contact.unknown(), Contact.of(null, null, null, null))
        .addEqualityGroup(Contact.of("Anna", null, null, null), Contact.unknown().withName(" Anna "))
        .addEqualityGroup(Contact.of(null, "Anna", null, null))
        .addEqualityGroup(Contact.of(null, null, "Anna", null))
        .addEqualityGroup(Contact.of(null, null, null, "anna@x"))
        .testEquals();
  }
}
