using QuoteSearch.Web;

var app = QuoteSearchApp.Create(args);
app.Run();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
