//! A minimal blocking JSON-RPC 2.0 client over HTTP/1.1 (one request per connection).

use std::{
	io::{Read, Write},
	net::TcpStream,
	time::Duration,
};

use serde_json::{json, Value};

/// A JSON-RPC endpoint on loopback.
#[derive(Clone, Debug)]
pub struct Rpc {
	port: u16,
}

/// A JSON-RPC call that failed: transport, HTTP or a JSON-RPC error object.
#[derive(Debug)]
pub struct RpcError(pub String);

impl std::fmt::Display for RpcError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(&self.0)
	}
}

impl Rpc {
	/// The endpoint at `http://127.0.0.1:{port}`.
	pub fn new(port: u16) -> Self {
		Self { port }
	}

	/// Calls `method` with `params` and returns the `result`.
	pub fn call(&self, method: &str, params: Value) -> Result<Value, RpcError> {
		let body =
			json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params }).to_string();
		let response = self.post(&body).map_err(|e| RpcError(format!("{method}: {e}")))?;
		let mut reply: Value = serde_json::from_slice(&response)
			.map_err(|e| RpcError(format!("{method}: invalid JSON reply: {e}")))?;
		if let Some(error) = reply.get("error") {
			return Err(RpcError(format!("{method}: {error}")));
		}
		Ok(reply["result"].take())
	}

	/// Like [`Self::call`], but panics with the error: for calls that must work.
	pub fn must(&self, method: &str, params: Value) -> Value {
		self.call(method, params).unwrap_or_else(|e| panic!("{e}"))
	}

	fn post(&self, body: &str) -> std::io::Result<Vec<u8>> {
		let request = format!(
			"POST / HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\n\
			 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
			self.port,
			body.len()
		);
		exchange(self.port, &request)
	}
}

/// `GET path` from `http://127.0.0.1:{port}`; the body of a 200 response.
pub fn http_get(port: u16, path: &str) -> std::io::Result<Vec<u8>> {
	exchange(
		port,
		&format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"),
	)
}

fn exchange(port: u16, request: &str) -> std::io::Result<Vec<u8>> {
	let mut stream = TcpStream::connect(("127.0.0.1", port))?;
	stream.set_read_timeout(Some(Duration::from_secs(30)))?;
	stream.write_all(request.as_bytes())?;
	let mut raw = Vec::new();
	stream.read_to_end(&mut raw)?;
	parse_http_response(&raw)
}

fn invalid(msg: &str) -> std::io::Error {
	std::io::Error::new(std::io::ErrorKind::InvalidData, msg.to_string())
}

/// Splits an HTTP/1.1 response into status and body, undoing chunked transfer encoding.
fn parse_http_response(raw: &[u8]) -> std::io::Result<Vec<u8>> {
	let split =
		raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or_else(|| invalid("no header"))?;
	let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
	let body = &raw[split + 4..];
	let status = head.split_whitespace().nth(1).unwrap_or("");
	if status != "200" {
		return Err(invalid(&format!("HTTP status {status}: {}", String::from_utf8_lossy(body))));
	}
	if !head.contains("transfer-encoding: chunked") {
		return Ok(body.to_vec());
	}
	let (mut out, mut rest) = (Vec::new(), body);
	loop {
		let eol = rest.windows(2).position(|w| w == b"\r\n").ok_or_else(|| invalid("chunk"))?;
		let size = usize::from_str_radix(String::from_utf8_lossy(&rest[..eol]).trim(), 16)
			.map_err(|_| invalid("chunk size"))?;
		if size == 0 {
			return Ok(out);
		}
		let start = eol + 2;
		out.extend_from_slice(rest.get(start..start + size).ok_or_else(|| invalid("chunk"))?);
		rest = rest.get(start + size + 2..).ok_or_else(|| invalid("chunk"))?;
	}
}

#[cfg(test)]
mod tests {
	use super::parse_http_response;

	#[test]
	fn plain_and_chunked_bodies_are_read() {
		let plain = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";
		assert_eq!(parse_http_response(plain).unwrap(), b"{}");
		let chunked =
			b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n";
		assert_eq!(parse_http_response(chunked).unwrap(), b"{\"a\":1}");
		let refused = b"HTTP/1.1 403 Forbidden\r\n\r\nno";
		assert!(parse_http_response(refused).is_err());
	}
}
