using System.Text;
using QuoteSearch.Web.Models;

namespace QuoteSearch.Web.Services;

/// <summary>RFC 4180 CSV of quotes; cells that a spreadsheet would run as formulas are prefixed with an apostrophe.</summary>
public static class Csv
{
    public static string Of(IEnumerable<QuoteDto> quotes)
    {
        var builder = new StringBuilder("quote,speaker,role,kind,cue,article,title,outlet,published,url,paragraph\r\n");
        foreach (var q in quotes)
        {
            string?[] cells =
            [
                q.Quote, q.Speaker?.Name, q.Speaker?.Role, q.Kind, q.Cue,
                q.Article.Id, q.Article.Title, q.Article.Outlet, q.Article.Published, q.Article.Url,
                q.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
            builder.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }
        return builder.ToString();
    }

    private static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
