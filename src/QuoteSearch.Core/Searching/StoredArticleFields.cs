using Lucene.Net.Index;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Reads an article document's stored fields: id, title, outlet, date, URL, and the paragraphs asked for (all when
/// <c>wanted</c> is null). Paragraphs not asked for are skipped without decoding, and reading stops after the last
/// one asked for, so a hit in paragraph 2 of a long article reads little more than paragraph 2.
/// </summary>
internal sealed class StoredArticleFields(IReadOnlySet<int>? wanted) : StoredFieldVisitor
{
    private readonly int last = wanted is null ? int.MaxValue : wanted.Count == 0 ? -1 : wanted.Max();
    private readonly Dictionary<int, string> paragraphs = [];
    private int next;
    private string? id, title, url, published, outlet;
    private ArticleRef? article;

    /// <summary>True when a quote's record was met: the document is a quote's, not an article's.</summary>
    public bool IsQuote { get; private set; }

    public ArticleRef Article => article ??= new ArticleRef(id ?? "", title, outlet, published, url);

    /// <summary>Every paragraph read, in order: the whole article when <c>wanted</c> was null.</summary>
    public IReadOnlyList<string> Paragraphs => Enumerable.Range(0, next).Select(Paragraph).ToList();

    /// <summary>Paragraph <paramref name="index"/> (0-based), or "" when it was not read or is not there.</summary>
    public string Paragraph(int index) => paragraphs.GetValueOrDefault(index, "");

    /// <summary>True when the document read is the article document of <paramref name="articleId"/>.</summary>
    public bool IsArticleOf(string articleId) => !IsQuote && id == articleId;

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        switch (fieldInfo.Name)
        {
            case IndexFields.QuoteData:
                IsQuote = true;
                return Status.STOP;
            case IndexFields.Paragraphs:
                var index = next++;
                if (index > last) return Status.STOP;
                return wanted is null || wanted.Contains(index) ? Status.YES : Status.NO;
            case IndexFields.ArticleId or IndexFields.Title or IndexFields.Url or IndexFields.Published or IndexFields.Outlet:
                return Status.YES;
            default:
                return Status.NO;
        }
    }

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case IndexFields.Paragraphs: paragraphs[next - 1] = value; break;
            case IndexFields.ArticleId: id = value; break;
            case IndexFields.Title: title = value; break;
            case IndexFields.Url: url = value; break;
            case IndexFields.Published: published = value; break;
            case IndexFields.Outlet: outlet = value; break;
        }
    }
}
