namespace QuoteSearch.Web.Models;

/// <summary>
/// The body of <c>POST /api/speakers/corrections</c>: <c>kind</c> merge (<c>speaker</c> joins <c>into</c>), rename
/// (<c>speaker</c> shown as <c>name</c>), split (<c>alias</c> leaves <c>speaker</c>) or reassign (quote id <c>quote</c>
/// goes to <c>into</c>); speakers by id or name;
/// <c>who</c> (optional, at most 100 characters) is recorded in the audit trail.
/// </summary>
public sealed class CorrectionRequest
{
    public string? Kind { get; set; }
    public string? Speaker { get; set; }
    public string? Into { get; set; }
    public string? Name { get; set; }
    public string? Alias { get; set; }
    public string? Quote { get; set; }
    public string? Who { get; set; }
}
