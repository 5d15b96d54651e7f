import {
  DetailPage,
  detailMetadata,
  type DetailProps,
} from '../../../../../components/portal/DetailPage.js'

export const generateMetadata = detailMetadata('pilots')

const Page = (props: DetailProps) => DetailPage({ collection: 'pilots', ...props })

export default Page
