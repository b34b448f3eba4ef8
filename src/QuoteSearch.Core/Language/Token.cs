namespace QuoteSearch.Core.Language;

internal enum TokenKind
{
    Word,
    Punct,
    /// <summary>A whole quotation, standing in for its text so cues are never read from inside quotes.</summary>
    Quote,
}

/// <summary>A word, punctuation mark or quotation of a paragraph with its character range.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End, int QuoteIndex = -1)
{
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsQuote => Kind == TokenKind.Quote;
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);
    public bool Is(string text) => Kind != TokenKind.Quote && Text.Equals(text, StringComparison.OrdinalIgnoreCase);
    public bool IsSentenceEnd => Kind == TokenKind.Punct && Text is "." or "!" or "?";
    public string Lower => Text.ToLowerInvariant();

    /// <summary>For a quote token: its text ends with a full stop, question or exclamation mark.</summary>
    public bool EndsSentence => Kind == TokenKind.Quote && Text == QuoteEndingSentence;

    /// <summary>A few quoted words inside a sentence ("wearing “Ted Hale” pins"): they do not break its grammar.</summary>
    public bool IsQuotedName => Kind == TokenKind.Quote && !EndsSentence && End - Start <= MaxQuotedNameLength;

    public const string QuoteEndingSentence = "\".";
    private const int MaxQuotedNameLength = 30;
}
