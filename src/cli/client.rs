//! A minimal HTTP/1.1 client over a plain TCP stream, for the command line's calls to a running
//! service (`healthcheck`, `load-example`, and `import --server` / `export --server`): one
//! request per connection (`Connection: close`), the whole answer read into memory, chunked
//! bodies decoded. No TLS: reach a remote service through a TLS-terminating proxy on the local
//! network.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::Duration;

/// Time allowed for one upload or download over HTTP (`import --server`, `export --server`).
pub const TRANSFER_TIMEOUT: Duration = Duration::from_secs(600);

/// A base URL of the form `http://host:port`, and the API token to call it with.
#[derive(Clone)]
pub struct BaseUrl {
    host: String,
    addr: SocketAddr,
    token: Option<String>,
}

impl BaseUrl {
    /// Parses `http://host[:port]` (port 80 when omitted).
    pub fn parse(url: &str) -> Result<BaseUrl, String> {
        let rest = url
            .strip_prefix("http://")
            .ok_or_else(|| format!("{url}: only http:// URLs are supported"))?;
        let host = rest.trim_end_matches('/').to_string();
        if host.is_empty() || host.contains('/') {
            return Err(format!("{url}: expected http://host:port"));
        }
        let with_port = if host
            .rsplit_once(':')
            .is_some_and(|(_, p)| p.parse::<u16>().is_ok())
        {
            host.clone()
        } else {
            format!("{host}:80")
        };
        let addr = with_port
            .to_socket_addrs()
            .map_err(|e| format!("{url}: {e}"))?
            .next()
            .ok_or_else(|| format!("{url}: no address"))?;
        Ok(BaseUrl {
            host,
            addr,
            token: None,
        })
    }

    /// The same URL, with an API token sent as `Authorization: Bearer` on every request.
    pub fn with_token(mut self, token: Option<String>) -> BaseUrl {
        self.token = token.filter(|t| !t.trim().is_empty());
        self
    }

    /// A base URL for a socket address (an unspecified address such as 0.0.0.0 means loopback).
    pub fn from_addr(mut addr: SocketAddr) -> BaseUrl {
        if addr.ip().is_unspecified() {
            addr.set_ip(if addr.is_ipv4() {
                std::net::Ipv4Addr::LOCALHOST.into()
            } else {
                std::net::Ipv6Addr::LOCALHOST.into()
            });
        }
        BaseUrl {
            host: addr.to_string(),
            addr,
            token: None,
        }
    }
}

impl std::fmt::Debug for BaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the token.
        f.debug_struct("BaseUrl")
            .field("host", &self.host)
            .field("token", &self.token.as_ref().map(|_| "***"))
            .finish()
    }
}

/// A response: status and body.
#[derive(Debug)]
pub struct Response {
    /// HTTP status code.
    pub status: u16,
    /// Body as text.
    pub body: String,
}

/// A response with its headers and raw body.
#[derive(Debug)]
pub struct RawResponse {
    /// HTTP status code.
    pub status: u16,
    /// Header lines, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl RawResponse {
    /// The first header of this name (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Sends one request (`Connection: close`) and reads the whole answer.
pub fn send(
    base: &BaseUrl,
    method: &str,
    path: &str,
    json: Option<&str>,
    timeout: Duration,
) -> Result<Response, String> {
    let body = json.map(|j| ("application/json", j.as_bytes()));
    let raw = send_raw(base, method, path, body, &[], timeout)?;
    Ok(Response {
        status: raw.status,
        body: String::from_utf8_lossy(&raw.body).into_owned(),
    })
}

/// Sends one request with an optional body of any media type and extra headers; reads the
/// whole answer as bytes.
pub fn send_raw(
    base: &BaseUrl,
    method: &str,
    path: &str,
    body: Option<(&str, &[u8])>,
    headers: &[(&str, &str)],
    timeout: Duration,
) -> Result<RawResponse, String> {
    let mut stream = TcpStream::connect_timeout(&base.addr, timeout)
        .map_err(|e| format!("{}: {e}", base.addr))?;
    stream
        .set_read_timeout(Some(timeout))
        .map_err(|e| e.to_string())?;
    stream
        .set_write_timeout(Some(timeout))
        .map_err(|e| e.to_string())?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nUser-Agent: perf-targets-cli\r\nAccept: application/json\r\nConnection: close\r\n",
        base.host
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(token) = &base.token {
        request.push_str(&format!("Authorization: Bearer {}\r\n", token.trim()));
    }
    let bytes: &[u8] = match body {
        Some((media_type, bytes)) => {
            request.push_str(&format!(
                "Content-Type: {media_type}\r\nContent-Length: {}\r\n",
                bytes.len()
            ));
            bytes
        }
        None => &[],
    };
    request.push_str("\r\n");
    stream
        .write_all(request.as_bytes())
        .map_err(|e| e.to_string())?;
    stream.write_all(bytes).map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("malformed HTTP response")?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let body = &raw[split + 4..];
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or("malformed HTTP status line")?;
    let headers: Vec<(String, String)> = head
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_vec()
    };
    Ok(RawResponse {
        status,
        headers,
        body,
    })
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = body.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&body[..eol]);
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        let rest = &body[eol + 2..];
        if n == 0 || rest.len() < n {
            break;
        }
        out.extend_from_slice(&rest[..n]);
        body = rest[n..].strip_prefix(b"\r\n").unwrap_or(&rest[n..]);
    }
    out
}
