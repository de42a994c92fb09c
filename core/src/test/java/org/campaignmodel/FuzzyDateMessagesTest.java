package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser's reasons, in English as always and in Spanish for a Spanish reader. */
final class FuzzyDateMessagesTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void shouldHaveEveryReasonInSpanish() {
        assertThat(EdtfParser.MESSAGES.spanishKeys()).containsExactlyInAnyOrderElementsOf(EdtfParser.MESSAGES.keys());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2014-13    | Fecha difusa no válida "2014-13" en la posición 5: un mes va de 01 a 12, XX, o una estación de 21 a 24; hay 13
            2023-02-30 | Fecha difusa no válida "2023-02-30" en la posición 8: el día 30 no existe en 2023-02 (tiene 28 días)
            2020-2021  | Fecha difusa no válida "2020-2021" en la posición 5: un periodo de años es un intervalo y se escribe con una barra: 2020/2021
            1948x      | Fecha difusa no válida "1948x" en la posición 4: 'x' inesperado tras el año
            2023-06-07T25:00:00 | Fecha difusa no válida "2023-06-07T25:00:00" en la posición 11: se esperaba una hora (00 a 23), y hay 25
            """)
    void shouldSayWhatIsWrongInSpanishAndTheSameAsEverInEnglish(String edtf, String spanish) {
        FuzzyDateFormatException e = catchThrowableOfType(FuzzyDateFormatException.class, () -> FuzzyDate.parse(edtf));

        assertThat(e.getMessage(SPANISH)).isEqualTo(spanish);
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage()).startsWith("Invalid fuzzy date \"" + edtf);
    }
}
