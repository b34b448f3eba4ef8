namespace QuoteSearch.Core.Language;

/// <summary>The grammatical gender a pronoun needs; Unknown fits both.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}
