package io.kpiops.platform.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles lower-case, as DESIGN §1 says. */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.value();
    }

    @Override
    public Role convertToEntityAttribute(String value) {
        return value == null ? null : Role.parse(value);
    }
}
