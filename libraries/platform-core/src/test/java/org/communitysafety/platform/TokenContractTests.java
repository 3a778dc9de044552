package org.communitysafety.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.communitysafety.platform.TokenContract.Role;
import org.communitysafety.platform.TokenContract.RoleNames;

import static org.assertj.core.api.Assertions.assertThat;

class TokenContractTests {

    @Test
    void namesEveryRoleOnceAsAConstantEqualToTheRolesOwnName() throws IllegalAccessException {
        for (Role role : Role.values()) {
            assertThat(constant(role.name())).as("RoleNames.%s", role.name()).isEqualTo(role.name());
        }
    }

    @Test
    void hasNoRoleNameWithoutARole() {
        String[] constants = Arrays.stream(RoleNames.class.getDeclaredFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()))
            .map(Field::getName)
            .toArray(String[]::new);

        assertThat(constants)
            .containsExactlyInAnyOrder(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }

    private static Object constant(String name) throws IllegalAccessException {
        try {
            return RoleNames.class.getField(name).get(null);
        }
        catch (NoSuchFieldException ex) {
            return null;
        }
    }

}
