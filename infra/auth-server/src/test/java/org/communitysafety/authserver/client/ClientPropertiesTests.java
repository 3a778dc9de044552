package org.communitysafety.authserver.client;

import java.util.List;
import java.util.Map;

import org.communitysafety.authserver.client.ClientProperties.Client;
import org.junit.jupiter.api.Test;

import org.communitysafety.platform.TokenContract.Role;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientPropertiesTests {

    @Test
    void refusesTwoClientsSharingASecret() {
        Map<String, Client> clients = Map.of("corby-borough-council",
                new Client("shared", "corby-borough-council", List.of(Role.AGENCY)), "kettering-borough-council",
                new Client("shared", "kettering-borough-council", List.of(Role.AGENCY)));

        assertThatIllegalArgumentException().isThrownBy(() -> new ClientProperties(clients))
            .withMessageContaining("already another client's secret")
            .withMessageNotContaining("shared");
    }

    @Test
    void refusesAnOrganisationCodeThatIsNotALowercaseSlug() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Client("secret", "Northamptonshire Police", List.of(Role.AGENCY)));
    }

    @Test
    void refusesAClientWithoutRoles() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Client("secret", "northamptonshire-police", List.of()));
    }

    @Test
    void refusesAClientWithoutASecret() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Client(" ", "northamptonshire-police", List.of(Role.AGENCY)));
    }

    @Test
    void refusesAnEmptyClientList() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientProperties(Map.of()));
    }

}
