package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.topcoins.frontapi.problem.InvalidParameterException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** {@link TopController#negotiate}: which representation an {@code Accept} header gets, without HTTP. */
class NegotiationTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void noAcceptGetsJson(String accept) throws Exception {
        assertThat(TopController.negotiate(accept)).isEqualTo(OutputFormat.JSON);
    }

    @Test
    void eachFormatIsGivenWhenNamed() throws Exception {
        assertThat(TopController.negotiate("application/json")).isEqualTo(OutputFormat.JSON);
        assertThat(TopController.negotiate("text/csv")).isEqualTo(OutputFormat.CSV);
        assertThat(TopController.negotiate("text/html")).isEqualTo(OutputFormat.HTML);
        assertThat(TopController.negotiate("TEXT/CSV; charset=utf-8"))
                .as("case and parameters")
                .isEqualTo(OutputFormat.CSV);
    }

    @Test
    void wildcardsGetDataNeverHtml() throws Exception {
        assertThat(TopController.negotiate("*/*")).isEqualTo(OutputFormat.JSON);
        assertThat(TopController.negotiate("application/*")).isEqualTo(OutputFormat.JSON);
        assertThat(TopController.negotiate("text/*"))
                .as("text/html is under text/* but must be named")
                .isEqualTo(OutputFormat.CSV);
    }

    @Test
    void aBrowserGetsHtml() throws Exception {
        assertThat(TopController.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isEqualTo(OutputFormat.HTML);
        assertThat(TopController.negotiate("application/xml, text/html;level=1"))
                .isEqualTo(OutputFormat.HTML);
    }

    @Test
    void theHighestQualityAcceptableTypeWins() throws Exception {
        assertThat(TopController.negotiate("application/json;q=0.5, text/csv")).isEqualTo(OutputFormat.CSV);
        assertThat(TopController.negotiate("text/html;q=0.1, text/csv;q=0.2")).isEqualTo(OutputFormat.CSV);
        assertThat(TopController.negotiate("text/csv;q=0.1, */*;q=0.2"))
                .as("a wildcard of higher quality")
                .isEqualTo(OutputFormat.JSON);
        assertThat(TopController.negotiate("text/csv;q=0.9, text/html")).isEqualTo(OutputFormat.HTML);
    }

    @Test
    void amongEqualQualitiesTheMoreSpecificThenTheFirstListedWins() throws Exception {
        assertThat(TopController.negotiate("*/*, text/csv")).isEqualTo(OutputFormat.CSV);
        assertThat(TopController.negotiate("text/csv, application/json")).isEqualTo(OutputFormat.CSV);
        assertThat(TopController.negotiate("application/json, text/csv")).isEqualTo(OutputFormat.JSON);
    }

    @Test
    void unacceptableTypesAreSkippedForTheNextAcceptableOne() throws Exception {
        assertThat(TopController.negotiate("application/xml, image/png;q=0.9, text/csv;q=0.1"))
                .isEqualTo(OutputFormat.CSV);
        assertThat(TopController.negotiate("application/xhtml+xml, */*;q=0.01")).isEqualTo(OutputFormat.JSON);
    }

    @Test
    void qualityZeroRefusesAType() throws Exception {
        assertThat(TopController.negotiate("text/html;q=0, text/csv;q=0.5")).isEqualTo(OutputFormat.CSV);
        assertThat(TopController.negotiate("text/html;q=0, */*")).isEqualTo(OutputFormat.JSON);
        assertNotAcceptable("application/json;q=0");
        assertNotAcceptable("*/*;q=0");
        assertNotAcceptable("text/csv;q=0, text/html;q=0.0, application/json;q=0.000");
    }

    /**
     * RFC 9110 §12.5.1: "*{@literal /}*" covers only the types not named more specifically, so a JSON refused
     * with q=0 must not come back through the wildcard; the answer should be CSV.
     */
    @Test
    void aTypeRefusedWithQualityZeroIsNotAcceptedThroughAWildcard() throws Exception {
        assertThat(TopController.negotiate("application/json;q=0, */*")).isEqualTo(OutputFormat.CSV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "image/png", "text/plain", "application/problem+json", "text/html;q=0"})
    void noAcceptableTypeIsNotAcceptableListingWhatIsOffered(String accept) {
        assertNotAcceptable(accept);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "this is not a media type",
                "text",
                "text/",
                "*/json",
                "text/html;q=abc",
                "text/html;q=2",
                "text/csv, nonsense"
            })
    void anUnparseableAcceptIsAnInvalidParameter(String accept) {
        assertInvalidAccept(accept, "Unparseable Accept header");
    }

    @Test
    void fiftyMediaTypesAreNegotiatedButMoreAreAnInvalidParameter() throws Exception {
        assertThat(TopController.negotiate(types(49) + ", text/csv")).isEqualTo(OutputFormat.CSV);
        assertInvalidAccept(types(50) + ", text/csv", "The Accept header lists too many media types");
    }

    private static String types(int count) {
        return IntStream.range(0, count).mapToObj(i -> "text/x-" + i).collect(Collectors.joining(", "));
    }

    private static void assertNotAcceptable(String accept) {
        assertThatThrownBy(() -> TopController.negotiate(accept))
                .as(accept)
                .isInstanceOfSatisfying(
                        HttpMediaTypeNotAcceptableException.class,
                        e -> assertThat(e.getSupportedMediaTypes())
                                .containsExactly(
                                        MediaType.APPLICATION_JSON,
                                        OutputFormat.CSV.mediaType(),
                                        OutputFormat.HTML.mediaType()));
    }

    private static void assertInvalidAccept(String accept, String detail) {
        assertThatThrownBy(() -> TopController.negotiate(accept))
                .as(accept)
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.getBody().getStatus()).isEqualTo(400);
                    assertThat(e.getBody().getProperties()).containsEntry("parameter", "Accept");
                    assertThat(e.getBody().getDetail()).isEqualTo(detail);
                });
    }

    /** Who gets errors as an HTML page: the clients GET / would answer with HTML, and no one else. */
    @Test
    void htmlIsPreferredByBrowsersOnly() {
        assertThat(OutputFormat.htmlPreferredBy("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isTrue();
        assertThat(OutputFormat.htmlPreferredBy("text/html")).isTrue();
        for (String accept : new String[] {
            null,
            "",
            "*/*",
            "text/*",
            "application/json",
            "text/html;q=0.1, text/csv",
            "text/html;q=0",
            "garbage",
            ";;;"
        }) {
            assertThat(OutputFormat.htmlPreferredBy(accept)).as(accept).isFalse();
        }
    }
}
