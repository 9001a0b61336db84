package io.fokus.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.fokus.platform.domain.InvalidException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and checking customer rows for an import: the same rules for the customer import and survey invitations. */
class CustomerRowsTest {

  @Test
  void readsTheKnownColumnsInAnyCaseAndTheOthersAsAttributes() {
    List<CustomerRows.Row> rows = CustomerRows.readCsv(csv(
        "Email,NAME,Language,externalId,Segment,plan\nanna@c.test,Anna,de,CRM-7,vip,\n\nbob@c.test,,,,smb,gold\n"));

    assertThat(rows).extracting(CustomerRows.Row::row).containsExactly(2, 4);
    assertThat(rows.get(0).details()).isEqualTo(new CustomerDetails("anna@c.test", "CRM-7", "Anna", "de",
        Map.of("segment", "vip")));
    assertThat(rows.get(1).details().attributes()).isEqualTo(Map.of("segment", "smb", "plan", "gold"));
  }

  @Test
  void aFileWithoutEmailHeaderOrRowsIsRejectedAsAWhole() {
    assertThatThrownBy(() -> CustomerRows.readCsv(csv("anna@c.test,Anna\n"))).isInstanceOf(InvalidException.class)
        .satisfies(e -> assertThat(((InvalidException) e).errors().get(0).field()).isEqualTo("file"));
    assertThatThrownBy(() -> CustomerRows.readCsv(csv("email,name\n"))).isInstanceOf(InvalidException.class);
    assertThatThrownBy(() -> CustomerRows.readCsv(csv(""))).isInstanceOf(InvalidException.class);
  }

  @Test
  void checkingNormalisesEveryRowAndRejectsEachProblemWithItsRow() {
    CustomerRows.Checked checked = CustomerRows.check(List.of(
        row(1, " Anna@C.Test ", " CRM-1 ", "  ", "DE", Map.of()),
        row(2, "anna@c.test", null, null, null, Map.of()),
        row(3, "no-email", null, null, "fr", Map.of()),
        row(4, "bob@c.test", "CRM-1", null, null, Map.of("Bad Name", "x")),
        row(5, "carla@c.test", null, "x".repeat(201), null, Map.of())));

    assertThat(checked.accepted()).containsExactly(new CustomerRows.Row(1,
        new CustomerDetails("anna@c.test", "CRM-1", null, "de", Map.of())));
    assertThat(checked.rejected()).extracting(CustomerRows.Rejected::row, CustomerRows.Rejected::field)
        .containsExactly(tuple(2, "email"), tuple(3, "email"), tuple(3, "language"), tuple(4, "attributes.Bad Name"),
            tuple(5, "name"));
    assertThat(checked.rejected().get(0).reason()).isEqualTo("email appears more than once");
    assertThat(checked.rejected().get(1).email()).as("the email as given").isEqualTo("no-email");
  }

  @Test
  void anExternalIdGivenTwiceIsRejectedTheSecondTime() {
    CustomerRows.Checked checked = CustomerRows.check(List.of(row(1, "a@c.test", "E", null, null, Map.of()),
        row(2, "b@c.test", "E", null, null, Map.of())));

    assertThat(checked.accepted()).hasSize(1);
    assertThat(checked.rejected()).singleElement().satisfies(r -> {
      assertThat(r.row()).isEqualTo(2);
      assertThat(r.reason()).isEqualTo("externalId appears more than once");
    });
  }

  private static CustomerRows.Row row(int row, String email, String externalId, String name, String language,
      Map<String, String> attributes) {
    return new CustomerRows.Row(row, new CustomerDetails(email, externalId, name, language, attributes));
  }

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
