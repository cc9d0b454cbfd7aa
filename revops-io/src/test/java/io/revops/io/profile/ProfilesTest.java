package io.revops.io.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revops.io.csv.TextEncoding;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Profile documents: the project's JSON dialect, unknown fields rejected with their JSON path. */
class ProfilesTest {
  private static final String MINIMAL = """
      { "name": "mine", "zone": "Europe/Moscow",
        "files": [ { "name": "deals", "role": "LEADS", "encoding": "Windows_1251", "delimiter": ";",
                     "columns": { "leadId": "ID", "createdAt": "Создана" },
                     "stages": { "Тендер": "Open", "Оплачено": "won" } } ] }
      """;

  @Test
  void everyBuiltInProfileReads() {
    for (String name : Profiles.BUILT_IN) {
      Profile p = Profiles.builtIn(name);
      assertThat(p.name()).isEqualTo(name);
      assertThat(p.files()).isNotEmpty();
      assertThat(p.description()).isNotBlank();
    }
    assertThat(Profiles.builtIn("amocrm").zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    assertThat(Profiles.builtIn("bitrix24").zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
  }

  @Test
  void enumValuesAreReadCaseInsensitively() {
    Profile p = Profiles.parse(MINIMAL, "mine.json");
    FileSpec f = p.files().get(0);
    assertThat(f.role()).isEqualTo(Role.LEADS);
    assertThat(f.encoding()).isEqualTo(TextEncoding.WINDOWS_1251);
    assertThat(f.delimiter()).contains(';');
    assertThat(f.stages().get("  тендер ")).contains(StageMeaning.OPEN);
    assertThat(f.stages().get("ОПЛАЧЕНО")).contains(StageMeaning.WON);
    assertThat(f.columns()).containsEntry(Field.CREATED_AT, "Создана");
  }

  @Test
  void anUnknownFieldIsRejectedWithItsPath() {
    String twoFiles = """
        { "name": "x", "zone": "UTC", "files": [
          { "name": "a", "role": "leads", "columns": { "leadId": "ID", "createdAt": "C" } },
          { "name": "b", "role": "leads", "columns": { "leadId": "ID", "createdAt": "C", "created_at": "D" } } ] }
        """;
    assertThatThrownBy(() -> Profiles.parse(twoFiles, "x.json"))
        .isInstanceOf(ProfileException.class)
        .hasMessageStartingWith("x.json $.files[1].columns.created_at: unknown field: must be one of leadId, createdAt")
        .satisfies(e -> assertThat(((ProfileException) e).path()).isEqualTo("$.files[1].columns.created_at"));
    assertThatThrownBy(() -> Profiles.parse(MINIMAL.replace("\"zone\"", "\"timezone\""), "m.json"))
        .hasMessageStartingWith("m.json $.timezone: unknown field");
  }

  @Test
  void badValuesNameThePathAndTheRule() {
    assertThatThrownBy(() -> Profiles.parse(MINIMAL.replace("\"won\"", "\"victory\""), "m.json"))
        .hasMessage("m.json $.files[0].stages.Оплачено: must be one of open, became_mql, accepted_as_sql, rejected, "
            + "opportunity_created, won, lost: \"victory\"");
    assertThatThrownBy(() -> Profiles.parse(MINIMAL.replace("Europe/Moscow", "Mars/Olympus"), "m.json"))
        .hasMessageContaining("$.zone: must be a time zone id");
    assertThatThrownBy(() -> Profiles.parse(MINIMAL.replace("\"createdAt\": \"Создана\"", "\"stage\": \"S\""), "m.json"))
        .hasMessage("m.json $.files[0].columns.createdAt: is required for a file of role leads");
    assertThatThrownBy(() -> Profiles.parse(MINIMAL.replace("\";\"", "\";;\""), "m.json"))
        .hasMessageContaining("$.files[0].delimiter: must be \"detect\" or one character");
    assertThatThrownBy(() -> Profiles.parse("{ \"name\": \"a\", \"name\": \"b\" }", "d.json"))
        .hasMessageContaining("d.json $: must be well-formed JSON: Duplicate field 'name'");
    assertThatThrownBy(() -> Profiles.parse(MINIMAL.replace("\"Оплачено\"", "\"тендер \""), "m.json"))
        .hasMessageContaining("must differ from \"Тендер\" in more than case and spaces");
    assertThatThrownBy(() -> Profiles.builtIn("pipedrive"))
        .hasMessage("name must be a built-in profile, one of [amocrm, bitrix24, hubspot, salesforce]: \"pipedrive\"");
  }

  private static final String DEALS = """
      { "name": "mine", "zone": "UTC",
        "files": [ { "name": "deals", "role": "opportunities",
                     "columns": { "opportunityId": ["Record ID", "Deal ID", "hs_object_id"], "createdAt": "Create Date",
                                  "leadId": ["Associated Contact IDs"] },
                     "withoutLead": "OWN_LEAD", "ownLeadIdPrefix": "deal-" } ] }
      """;

  @Test
  void aColumnMayHaveSeveralHeadersTheFirstInTheFileIsRead() {
    FileSpec f = Profiles.parse(DEALS, "d.json").files().get(0);
    assertThat(f.columnChoices().get(Field.OPPORTUNITY_ID)).containsExactly("Record ID", "Deal ID", "hs_object_id");
    assertThat(f.columns()).containsEntry(Field.OPPORTUNITY_ID, "Record ID").containsEntry(Field.LEAD_ID,
        "Associated Contact IDs");
    assertThat(f.resolve(h -> h.equals("hs_object_id")).columns()).containsEntry(Field.OPPORTUNITY_ID, "hs_object_id");
    assertThat(f.resolve(h -> h.equals("Deal ID") || h.equals("hs_object_id")).columns())
        .containsEntry(Field.OPPORTUNITY_ID, "Deal ID");
    assertThat(f.resolve(h -> false).columns()).containsEntry(Field.OPPORTUNITY_ID, "Record ID");
    assertThat(f.withoutLead()).isEqualTo(WithoutLead.OWN_LEAD);
    assertThat(f.ownLeadIdPrefix()).isEqualTo("deal-");
    assertThat(Profiles.parse(DEALS.replace(", \"ownLeadIdPrefix\": \"deal-\"", ""), "d.json").files().get(0)
        .ownLeadIdPrefix()).isEmpty();
    assertThat(Profiles.builtIn("salesforce").files().get(2).withoutLead()).isEqualTo(WithoutLead.REJECT);
  }

  @Test
  void badColumnHeadersAndDealOptionsNameThePathAndTheRule() {
    assertThatThrownBy(() -> Profiles.parse(DEALS.replace("[\"Associated Contact IDs\"]", "[]"), "d.json"))
        .hasMessage("d.json $.files[0].columns.leadId: must be a non-blank string or a non-empty array of them "
            + "(the headers the column may have)");
    assertThatThrownBy(() -> Profiles.parse(DEALS.replace("\"Deal ID\"", "\" \""), "d.json"))
        .hasMessage("d.json $.files[0].columns.opportunityId[1]: must be a non-blank string");
    assertThatThrownBy(() -> Profiles.parse(DEALS.replace("\"Deal ID\"", "\"Record ID\""), "d.json"))
        .hasMessage("d.json $.files[0].columns.opportunityId: must not name a header twice");
    assertThatThrownBy(() -> Profiles.parse(DEALS.replace("OWN_LEAD", "merge"), "d.json"))
        .hasMessage("d.json $.files[0].withoutLead: must be one of reject, own_lead: \"merge\"");
    assertThatThrownBy(() -> Profiles.parse(DEALS.replace("\"withoutLead\": \"OWN_LEAD\", ", ""), "d.json"))
        .hasMessage("d.json $.files[0].ownLeadIdPrefix: is allowed with \"withoutLead\": \"own_lead\" only");
    assertThatThrownBy(() -> Profiles.parse(MINIMAL.replace("\"stages\"", "\"withoutLead\": \"own_lead\", \"stages\""),
        "m.json")).hasMessage("m.json $.files[0].withoutLead: is allowed in a file of role opportunities only, not leads");
  }
}
