// The web SDK would add these; this project uses Microsoft.NET.Sdk + the ASP.NET Core framework reference so it can be both an exe and a library.
global using System.Globalization;
global using System.Text;
global using System.Text.Json;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
