package org.localoffer.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's LowerCaseFilter, with the letters A to Z done in place: nearly every word of a page is plain ASCII,
 * and Lucene's code point by code point lowering was most of the filter's cost under the quick compiler. From
 * the first other character on, a word is lowered by Lucene's own code, so every word comes out the same.
 */
final class QuickLowerCaseFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    QuickLowerCaseFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 0x80) {
                CharacterUtils.toLowerCase(buffer, i, length);
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                buffer[i] = (char) (c + ('a' - 'A'));
            }
        }
        return true;
    }
}
