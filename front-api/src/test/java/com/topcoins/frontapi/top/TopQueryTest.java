package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.topcoins.frontapi.problem.InvalidParameterException;
import java.time.Instant;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Parsing and validation of the top query's parameters, without HTTP: each mistake is a 400 naming its parameter. */
class TopQueryTest {

    private static final int MAX_LIMIT = 500;
    private static final int DEFAULT_LIMIT = 100;
    private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");

    @Test
    void noParametersAreTheFirstDefaultLimitRowsNegotiatedAndCurrent() {
        TopQuery query = parse();

        assertThat(query).isEqualTo(new TopQuery(1, DEFAULT_LIMIT, null, null));
    }

    @Test
    void theDefaultLimitIsCappedByTheMaximum() {
        assertThat(TopQuery.parse(new LinkedMultiValueMap<>(), 50, DEFAULT_LIMIT, NOW)
                        .limit())
                .isEqualTo(50);
    }

    @Test
    void everyParameterIsTakenWhenValid() {
        TopQuery query = parse("limit", "20", "start", "3", "format", "csv", "at", "2026-01-01T00:00:00Z");

        assertThat(query).isEqualTo(new TopQuery(3, 20, OutputFormat.CSV, Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void limitAndStartAcceptOneToTheMaximum() {
        assertThat(parse("limit", "1").limit()).isEqualTo(1);
        assertThat(parse("limit", "500").limit()).isEqualTo(MAX_LIMIT);
        assertThat(parse("start", "1").start()).isEqualTo(1);
        assertThat(parse("start", "500").start()).isEqualTo(MAX_LIMIT);
        assertThat(parse("limit", "007").limit())
                .as("leading zeros are still ASCII digits")
                .isEqualTo(7);
    }

    @Test
    void limitOrStartOutOfRangeIsRefusedWithTheRange() {
        assertInvalid("limit", "'limit' must be from 1 to 500, not 0", "limit", "0");
        assertInvalid("limit", "'limit' must be from 1 to 500, not 501", "limit", "501");
        assertInvalid("start", "'start' must be from 1 to 500, not 0", "start", "0");
        assertInvalid("start", "'start' must be from 1 to 500, not 501", "start", "501");
        assertInvalid("limit", "'limit' must be from 1 to 500, not 999999999", "limit", "999999999");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "+5",
                "-1",
                " 5",
                "5 ",
                "1.0",
                "1e2",
                "0x10",
                "five",
                "\u0665", // ARABIC-INDIC DIGIT FIVE, which Integer.parseInt takes
                "\uFF15", // FULLWIDTH DIGIT FIVE
                "0000000005", // more digits than any valid value, though its value is in range
                "99999999999999999999"
            }) // would overflow an int
    void anythingButAFewAsciiDigitsIsRefusedAsNotAWholeNumber(String value) {
        assertInvalid(
                "limit",
                "'limit' must be a whole number from 1 to 500 in ASCII digits, not '" + value + "'",
                "limit",
                value);
        assertInvalid(
                "start",
                "'start' must be a whole number from 1 to 500 in ASCII digits, not '" + value + "'",
                "start",
                value);
    }

    @Test
    void aLongBadValueIsEchoedAbbreviated() {
        String value = "x".repeat(1000);

        assertInvalid("format", "'format' must be json or csv, not '" + "x".repeat(40) + "…'", "format", value);
    }

    @Test
    void anUnknownParameterIsRefusedByName() {
        assertInvalid("foo", "Unknown parameter 'foo'; known: limit, start, format, at", "foo", "1");
        assertInvalid("Limit", "Unknown parameter 'Limit'; known: limit, start, format, at", "Limit", "1");
    }

    @Test
    void aLongUnknownParameterNameIsEchoedAbbreviated() {
        String name = "n".repeat(100);

        assertInvalid(name, "Unknown parameter '" + "n".repeat(40) + "…'; known: limit, start, format, at", name, "1");
    }

    @Test
    void anUnknownParameterIsReportedBeforeABadValueOfAKnownOne() {
        assertInvalid("foo", "Unknown parameter 'foo'; known: limit, start, format, at", "limit", "0", "foo", "1");
    }

    @Test
    void aRepeatedParameterIsRefusedEvenWithEqualValues() {
        assertInvalid("limit", "'limit' is given 2 times; give it once", "limit", "5", "limit", "5");
        assertInvalid("start", "'start' is given 3 times; give it once", "start", "1", "start", "2", "start", "3");
        assertInvalid("format", "'format' is given 2 times; give it once", "format", "json", "format", "csv");
        assertInvalid(
                "at",
                "'at' is given 2 times; give it once",
                "at",
                "2026-01-01T00:00:00Z",
                "at",
                "2026-01-01T00:00:00Z");
    }

    @Test
    void formatIsJsonOrCsvIgnoringCaseAndSurroundingSpace() {
        assertThat(parse("format", "json").format()).isEqualTo(OutputFormat.JSON);
        assertThat(parse("format", "CSV").format()).isEqualTo(OutputFormat.CSV);
        assertThat(parse("format", " Json ").format()).isEqualTo(OutputFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "xml", "", "jso n", "text/csv"})
    void anyOtherFormatIsRefused(String value) {
        assertInvalid("format", "'format' must be json or csv, not '" + value + "'", "format", value);
    }

    @Test
    void atTakesAnIso8601InstantWithAnyOffset() {
        assertThat(parse("at", "2026-01-31T11:00:00Z").at()).isEqualTo(Instant.parse("2026-01-31T11:00:00Z"));
        assertThat(parse("at", "2026-01-31T12:00:00+01:00").at()).isEqualTo(Instant.parse("2026-01-31T11:00:00Z"));
        assertThat(parse("at", "2026-01-31T06:30:00.250-05:00").at())
                .isEqualTo(Instant.parse("2026-01-31T11:30:00.250Z"));
        assertThat(parse("at", " 2026-01-31T11:00:00Z ").at())
                .as("surrounding space")
                .isEqualTo(Instant.parse("2026-01-31T11:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-01-31", "2026-01-31T11:00:00", "1769857200", "2026-13-01T00:00:00Z", ""})
    void atThatIsNoInstantWithAnOffsetIsRefused(String value) {
        assertInvalid(
                "at",
                "'at' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, not '" + value + "'",
                "at",
                value);
    }

    @Test
    void atMayBeNowButNotInTheFuture() {
        assertThat(parse("at", NOW.toString()).at()).isEqualTo(NOW);
        assertInvalid("at", "'at' is in the future: 2026-01-31T12:00:00.001Z", "at", "2026-01-31T12:00:00.001Z");
        // The future is judged on the instant, whatever the offset it is written with.
        assertInvalid(
                "at",
                "'at' is in the future: 2026-01-31T12:00:00Z",
                "at",
                "2026-01-31T13:00:00+01:00",
                NOW.minusSeconds(1));
    }

    @Test
    void atMayBeTheUnixEpochButNotBefore() {
        assertThat(parse("at", "1970-01-01T00:00:00Z").at()).isEqualTo(Instant.EPOCH);
        assertInvalid(
                "at",
                "'at' must not be before 1970-01-01T00:00:00Z, not 1969-12-31T23:59:59Z",
                "at",
                "1969-12-31T23:59:59Z");
        assertInvalid(
                "at",
                "'at' must not be before 1970-01-01T00:00:00Z, not 0001-01-01T00:00:00Z",
                "at",
                "0001-01-01T00:00:00Z");
    }

    private static TopQuery parse(String... namesAndValues) {
        return TopQuery.parse(parameters(namesAndValues), MAX_LIMIT, DEFAULT_LIMIT, NOW);
    }

    private static MultiValueMap<String, String> parameters(String... namesAndValues) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    private static void assertInvalid(String parameter, String detail, String... namesAndValues) {
        assertInvalidAt(parameter, detail, NOW, namesAndValues);
    }

    private static void assertInvalid(String parameter, String detail, String name, String value, Instant now) {
        assertInvalidAt(parameter, detail, now, name, value);
    }

    private static void assertInvalidAt(String parameter, String detail, Instant now, String... namesAndValues) {
        AbstractThrowableAssert<?, ?> thrown = assertThatThrownBy(
                        () -> TopQuery.parse(parameters(namesAndValues), MAX_LIMIT, DEFAULT_LIMIT, now))
                .isInstanceOf(InvalidParameterException.class);
        thrown.satisfies(e -> {
            ProblemDetail problem = ((InvalidParameterException) e).getBody();
            assertThat(problem.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST.value());
            assertThat(problem.getTitle()).isEqualTo("Invalid parameter");
            assertThat(problem.getProperties()).containsEntry("parameter", parameter);
            assertThat(problem.getDetail()).isEqualTo(detail);
        });
    }
}
