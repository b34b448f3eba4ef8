namespace QuoteSearch.Core.Domain;

public enum QuoteKind
{
    /// <summary>A full quotation between quote marks.</summary>
    Direct,
    /// <summary>A fragment in quote marks embedded in the writer's own sentence.</summary>
    Partial,
    /// <summary>A reported statement without quote marks ("X said that ...").</summary>
    Indirect,
}
