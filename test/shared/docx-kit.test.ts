import { describe, expect, it } from 'vitest';
import { contentWidth, pageProperties, widths } from '../../src/shared/docx-kit';
import { paragraph, renderLateDocx } from '../../src/reports/late-docx';
import { docxText, readZipEntry } from '../dossiers/forms-zip';

describe('Word document kit', () => {
  it('lays out A4 with the margins of Decree 30/2020, upright and wide', () => {
    // 20/15/20/30 mm upright, 15/15/15/20 mm wide, in twips (56.7 a millimetre).
    expect(pageProperties('portrait').page.margin).toEqual({ top: 1134, right: 851, bottom: 1134, left: 1701 });
    expect(pageProperties('landscape').page.margin).toEqual({ top: 851, right: 851, bottom: 851, left: 1134 });
    expect(contentWidth('portrait')).toBe(9354);
    expect(contentWidth('landscape')).toBe(14853);
    expect(widths(1000, [1, 1, 2])).toEqual([250, 250, 500]);
  });

  it('renders a portrait section and a landscape appendix, keeping line breaks and empty tables readable', async () => {
    const docx = await renderLateDocx({
      title: 'Thử',
      sections: [
        { orientation: 'portrait', blocks: [paragraph('Dòng một\nDòng hai', { align: 'justify', indent: true })] },
        {
          orientation: 'landscape',
          blocks: [{ kind: 'table', table: { columns: [{ title: 'STT', width: 1 }, { title: 'Cơ quan', width: 5 }], rows: [] }, empty: 'Không có hồ sơ trễ hạn.' }],
        },
      ],
    });
    const xml = readZipEntry(docx, 'word/document.xml')!;
    expect(xml.match(/<w:pgSz[^>]*>/g)!.map((s) => /w:orient="landscape"/.test(s))).toEqual([false, true]);
    expect(xml).toContain('<w:br/>');
    const text = docxText(xml);
    for (const words of ['Dòng một', 'Dòng hai', 'STT', 'Cơ quan', 'Không có hồ sơ trễ hạn.']) expect(text).toContain(words);
  });
});
