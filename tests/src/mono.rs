//! The oracle: Mono's tools (mono, mcs, ilasm, monodis, peverify), found on PATH and run
//! with a timeout. A missing tool is a failure, never a skip: `scripts/test` installs them.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a finished process printed and how it exited.
#[derive(Clone, Debug)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    /// The exit code, or `None` when killed by a signal or the timeout.
    pub code: Option<i32>,
}

impl Output {
    /// Stdout with the exit code on a last line, the form `.out` files hold.
    pub fn transcript(&self) -> String {
        let code = self.code.map_or("killed".to_owned(), |c| c.to_string());
        format!("{}[exit: {code}]\n", self.stdout)
    }
}

/// Runs a program to completion, killing it after `timeout`.
pub fn run(
    program: &str,
    args: &[&str],
    cwd: Option<&Path>,
    timeout: Duration,
) -> Result<Output, String> {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run `{program}` ({e}); scripts/test installs Mono's tools"))?;
    let start = Instant::now();
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let out_thread = std::thread::spawn(move || read_all(stdout));
    let err_thread = std::thread::spawn(move || read_all(stderr));
    let mut killed = false;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                killed = true;
                break;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for `{program}`: {e}")),
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("waiting for `{program}`: {e}"))?;
    let stdout = out_thread.join().unwrap_or_default();
    let stderr = err_thread.join().unwrap_or_default();
    if killed {
        return Err(format!(
            "`{program} {}` timed out after {timeout:?}",
            args.join(" ")
        ));
    }
    Ok(Output {
        stdout,
        stderr,
        code: status.code(),
    })
}

fn read_all(pipe: Option<impl std::io::Read>) -> String {
    let mut buf = Vec::new();
    if let Some(mut p) = pipe {
        let _ = p.read_to_end(&mut buf);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

const TOOL_TIMEOUT: Duration = Duration::from_secs(60);

/// Compiles C# with `mcs`; `extra` are further options (`-target:library`, `-r:x.dll`).
pub fn mcs(source: &Path, out: &Path, extra: &[&str]) -> Result<(), String> {
    mcs_warnings(source, out, extra).map(|_| ())
}

/// Compiles C# with `mcs` like [`mcs`], and returns the warning lines it printed.
pub fn mcs_warnings(source: &Path, out: &Path, extra: &[&str]) -> Result<Vec<String>, String> {
    let out_arg = format!("-out:{}", out.display());
    let mut args = vec!["-nologo", "-debug-", out_arg.as_str()];
    args.extend_from_slice(extra);
    let src = source.to_string_lossy();
    args.push(&src);
    let res = run("mcs", &args, None, TOOL_TIMEOUT)?;
    if res.code != Some(0) {
        return Err(format!(
            "mcs failed on {}:\n{}{}",
            source.display(),
            res.stdout,
            res.stderr
        ));
    }
    Ok(res
        .stdout
        .lines()
        .chain(res.stderr.lines())
        .filter(|l| l.contains("warning CS"))
        .map(str::to_owned)
        .collect())
}

/// Runs an assembly on Mono.
pub fn mono(assembly: &Path, args: &[&str]) -> Result<Output, String> {
    let asm = assembly.to_string_lossy();
    let mut all = vec![asm.as_ref()];
    all.extend_from_slice(args);
    run("mono", &all, assembly.parent(), TOOL_TIMEOUT)
}

/// Mono's verifier: any output or a non-zero exit is a failure.
pub fn peverify(assembly: &Path) -> Result<(), String> {
    let res = run(
        "peverify",
        &[&assembly.to_string_lossy()],
        assembly.parent(),
        TOOL_TIMEOUT,
    )?;
    if res.code != Some(0) || !res.stdout.trim().is_empty() || !res.stderr.trim().is_empty() {
        return Err(format!(
            "peverify {}:\n{}{}",
            assembly.display(),
            res.stdout,
            res.stderr
        ));
    }
    Ok(())
}

/// Disassembles with `monodis`; its text on success.
pub fn monodis(assembly: &Path) -> Result<String, String> {
    let res = run(
        "monodis",
        &[&assembly.to_string_lossy()],
        None,
        TOOL_TIMEOUT,
    )?;
    if res.code != Some(0) || !res.stderr.trim().is_empty() {
        return Err(format!("monodis {}:\n{}", assembly.display(), res.stderr));
    }
    Ok(res.stdout)
}

/// Assembles IL with `ilasm`.
pub fn ilasm(source: &Path, out: &Path, dll: bool) -> Result<(), String> {
    let out_arg = format!("/output:{}", out.display());
    let kind = if dll { "/dll" } else { "/exe" };
    let res = run(
        "ilasm",
        &["/quiet", kind, &out_arg, &source.to_string_lossy()],
        None,
        TOOL_TIMEOUT,
    )?;
    if res.code != Some(0) {
        return Err(format!(
            "ilasm failed on {}:\n{}{}",
            source.display(),
            res.stdout,
            res.stderr
        ));
    }
    Ok(())
}
