namespace QuoteSearch.Core.Reading;

public enum InputFormat
{
    PlainText,
    Html,
    JsonLines,
}
