using System.Buffers;

namespace QuoteSearch.Core.Quotes;

/// <summary>What each quote mark can do, given the characters around it.</summary>
internal static class QuoteMarks
{
    public static bool IsDouble(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';
    public static bool IsSingle(char c) => c is '\'' or '‘' or '’';
    public static bool IsAny(char c) => IsDouble(c) || IsSingle(c);

    /// <summary>Every character <see cref="IsAny"/> accepts, for a vectorised search.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create("\"“”„«»'‘’");

    public static bool CanOpen(string text, int i, QuoteMark mark)
    {
        var c = mark.Style;
        if (c is '»' or '’') return false;
        var after = i + mark.Length < text.Length ? text[i + mark.Length] : ' ';
        if (char.IsWhiteSpace(after)) return false;
        if (c is '“' or '„' or '«' or '‘') return true;
        var before = i == 0 ? ' ' : text[i - 1];
        // A straight mark, or a closing-shaped one used as an opener, must stand at a word start.
        return char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':' or ',' || IsAny(before);
    }

    public static bool CanClose(string text, int i, QuoteMark mark)
    {
        var c = mark.Style;
        var before = i == 0 ? ' ' : text[i - 1];
        if (c is '„' or '«' or '‘') return false;
        if (c is '“') return !char.IsWhiteSpace(before); // closes only a German „
        var after = i + mark.Length < text.Length ? text[i + mark.Length] : ' ';
        if (IsSingle(c) && char.IsLetterOrDigit(after)) return false; // an apostrophe inside a word: don't, Poland’s
        if (c is '”' or '»') return true;
        if (char.IsLetterOrDigit(after)) return false;
        // "...the term 'African American outreach,' " he said: a space parts the closing single and double marks.
        return !char.IsWhiteSpace(before) || (c is '"' && i >= 2 && before == ' ' && IsSingle(text[i - 2]));
    }

    /// <summary>Marks pair within one style: curly with curly, straight with straight, „ with “, « with ».</summary>
    public static bool Pairs(char open, char close) => open switch
    {
        '“' => close is '”',
        '„' => close is '“' or '”',
        '«' => close is '»',
        '"' => close is '"',
        '”' => close is '”',
        '‘' => close is '’',
        '\'' => close is '\'',
        QuoteMark.TwoApostrophes => close is QuoteMark.TwoApostrophes,
        _ => false,
    };
}
