package nl.regiotafel.commands.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regiotafel.commands.privacy.ClientDataCheck.Finding;
import nl.regiotafel.commands.privacy.ClientDataCheck.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ClientDataCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "111222333", "999999990", "010000008"})
    void acceptsNumbersPassingTheElfproef(String bsn) {
        assertThat(ClientDataCheck.passesElfproef(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567820", "12345678a"})
    void rejectsNumbersFailingTheElfproefOrOfTheWrongLength(String number) {
        assertThat(ClientDataCheck.passesElfproef(number)).isFalse();
    }

    @Test
    void flagsABsnAloneOrWrittenInGroupsAndMasksAllButTheLastThreeDigits() {
        assertThat(ClientDataCheck.find("Client met BSN 123456782 belt morgen"))
                .containsExactly(new Finding(Kind.BSN, "••••••782"));
        assertThat(ClientDataCheck.find("bsn: 1234.56.782.")).containsExactly(new Finding(Kind.BSN, "••••.••.782"));
        assertThat(ClientDataCheck.find("bsn 1234 56 782")).containsExactly(new Finding(Kind.BSN, "•••• •• 782"));
    }

    @Test
    void leavesNineDigitNumbersThatFailTheElfproefAlone() {
        assertThat(ClientDataCheck.find("Ordernummer 123456789 is verstuurd")).isEmpty();
    }

    @Test
    void flagsEmailAddressesMasked() {
        assertThat(ClientDataCheck.find("Mail j.de.vries@zorg-west.nl of info@ggd.example.org."))
                .containsExactly(new Finding(Kind.EMAIL, "j•••@•••.nl"), new Finding(Kind.EMAIL, "i•••@•••.org"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "06-12345678",
                "0612345678",
                "06 12 34 56 78",
                "+31 6 1234 5678",
                "+31612345678",
                "+31 (0)6 12345678",
                "0031 6 12345678",
                "010-1234567",
                "010 123 45 67",
                "010-123 45 67",
                "(010) 1234567",
                "0113-123456"
            })
    void flagsDutchPhoneNumbersInTheirCommonWritings(String phone) {
        List<Finding> found = ClientDataCheck.find("Bel mevrouw op " + phone + " na tienen");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(Kind.PHONE);
        assertThat(found.get(0).masked())
                .endsWith(phone.substring(phone.length() - 2))
                .doesNotContain("1234");
    }

    @Test
    void findsAPhoneNumberFollowedByOtherNumbers() {
        assertThat(ClientDataCheck.find("06-12345678 2021"))
                .extracting(Finding::kind)
                .containsExactly(Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Eindevaluatie op 30-09-2021",
                "Gepland 2021-09-30 en 1-10-21",
                "Vanaf 06-10-2021 12 uur",
                "Start 01-10-2021",
                "Budget € 1.234.567,00 en 250000 euro",
                "Subsidie 123.456.782 euro",
                "Project tizv-glasses in 2021-Q3, zie PRJ-123456782",
                "7 organisaties doen mee; 3 use cases onderzocht",
                "KvK 12345678, IBAN NL91ABNA0417164300",
                "Versie 1.2.3 van 010 tot 020",
                "Aantal: 1234567 cliënten",
                "Zie https://regiotafel.example.nl/projecten",
                ""
            })
    void leavesDatesAmountsCodesAndOrdinaryTextAlone(String text) {
        assertThat(ClientDataCheck.find(text)).isEmpty();
    }

    @Test
    void reportsEachFindingOnceInTheOrderOfTheText() {
        List<Finding> found =
                ClientDataCheck.find("Dhr. (bsn 111222333, tel. 06-12345678) mailde piet@example.com gisteren");

        assertThat(found).extracting(Finding::kind).containsExactly(Kind.BSN, Kind.PHONE, Kind.EMAIL);
    }
}
