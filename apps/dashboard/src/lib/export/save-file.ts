/** Hands a file built in the browser to the reader as a download. */
export function saveFile(content: string, fileName: string, type: string): void {
	const href = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = href;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(href), 1000);
}
