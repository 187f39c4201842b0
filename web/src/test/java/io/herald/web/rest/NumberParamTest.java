package io.herald.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParamTest {

    @Test
    void aWholeNumberInRangeIsTaken() {
        assertEquals(42, NumberParam.required("limit", "42", 1, 1000));
        assertEquals(-7, NumberParam.required("limit", "-7", Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, NumberParam.required("after", "9223372036854775807", 0, Long.MAX_VALUE));
        assertEquals(1, NumberParam.required("limit", "0001", 1, 1000));
    }

    @Test
    void aMissingOrEmptyParameterTakesTheDefault() {
        assertEquals(100, NumberParam.orDefault("limit", null, 100, 1, 1000));
        assertEquals(100, NumberParam.orDefault("limit", "", 100, 1, 1000));
    }

    @Test
    void aRequiredParameterThatIsMissingNamesItself() {
        assertEquals("userId", assertThrows(InvalidInput.class, () -> NumberParam.required("userId", null, 1, 9))
                .field());
        assertEquals("userId", assertThrows(InvalidInput.class, () -> NumberParam.required("userId", "", 1, 9))
                .field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e99", "1.5", "+3", " 3", "3 ", "-", "0x10", "９", "99999999999999999999",
            "9223372036854775808", "-9223372036854775809", "12345678901234567890123"})
    void anythingButADecimalWholeNumberIsA400NamingTheField(String text) {
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> NumberParam.orDefault("after", text, 0, Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals("after", invalid.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1001", "2147483648"})
    void aNumberOutOfRangeIsA400SayingTheRange(String text) {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> NumberParam.orDefault("limit", text, 100, 1, 1000));
        assertEquals("limit", invalid.field());
        assertEquals("limit is a whole number from 1 to 1000", invalid.getMessage());
    }

    @Test
    void anOpenRangeSaysOnlyItsLowerBound() {
        assertEquals("after is a whole number of at least 0",
                assertThrows(InvalidInput.class, () -> NumberParam.required("after", "-1", 0, Long.MAX_VALUE))
                        .getMessage());
    }
}
